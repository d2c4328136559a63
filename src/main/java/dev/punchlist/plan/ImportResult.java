package dev.punchlist.plan;

import java.util.List;

/** What an import did: the audit, the items it created, the ones it matched, the ones it flagged. */
public record ImportResult(AuditSummary audit, boolean duplicate, List<Item> created, List<Item> matched,
                           List<Item> notInLatest) {
}
