package dev.punchlist.plan;

import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.schema.Tables.ITEM;

/** Maps item rows to {@link Item} values, and orders them the way every list shows them. */
final class ItemRows {
    /** critical before high before medium before low, inside a phase. */
    static final Field<Integer> SEVERITY_RANK = DSL.case_(ITEM.SEVERITY)
            .when("critical", 0).when("high", 1).when("medium", 2).otherwise(3);

    private ItemRows() {
    }

    static Item toItem(ItemRecord row) {
        return new Item(row.getId(), row.getProjectId(), row.getAuditId(), row.getPosition(), row.getTitle(),
                row.getDetail(), row.getCategory(), Severity.parse("severity", row.getSeverity()), row.getPhase(),
                Item.PhaseSource.valueOf(row.getPhaseSource().toUpperCase(java.util.Locale.ROOT)),
                effort(row), row.getEffortStated(), row.getEffortText(), Status.parse("status", row.getStatus()),
                row.getStatusReason(), row.getAssignee(), row.getDueDate(), row.getNotes(), row.getNotInLatest(),
                row.getVersion(), row.getUpdatedBy(), fromDb(row.getCreatedAt()), fromDb(row.getUpdatedAt()),
                fromDb(row.getResolvedAt()));
    }

    private static EffortRange effort(ItemRecord row) {
        return row.getEffortMin() == null ? EffortRange.ZERO : new EffortRange(row.getEffortMin(), row.getEffortMax());
    }
}
