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

    /**
     * Names this exact plan: the report, and which existing item each finding matches and which open
     * items it would flag. A confirm sends it back; another import or change in between gives a new one.
     */
    public String token() {
        StringBuilder plan = new StringBuilder(sha256);
        items.forEach(i -> plan.append('|').append(i.isNew() ? "new" : i.matchedItemId()));
        plan.append('#');
        missing.forEach(i -> plan.append(i.id()).append(','));
        return Importer.sha256(plan.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
    }
}
