package dev.punchlist.plan;

import dev.punchlist.audit.Report;

import java.util.List;

/**
 * What importing a report would do, computed without saving anything.
 *
 * @param duplicateOf the audit that already holds this exact text, or {@code null}
 * @param missing     open items the report no longer mentions
 */
public record ImportPlan(Report report, String sha256, AuditSummary duplicateOf, List<PlannedItem> items,
                         List<Item> missing) {
    public boolean duplicate() {
        return duplicateOf != null;
    }
}
