package dev.punchlist.plan;

import dev.punchlist.audit.Finding;

/**
 * What an import will do with one finding: create an item, or add a mention to {@code matchedItemId}.
 */
public record PlannedItem(Finding finding, Severity severity, int phase, EffortRange effort, boolean effortStated,
                          Long matchedItemId) {
    public boolean isNew() {
        return matchedItemId == null;
    }
}
