package dev.punchlist.plan;

import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.schema.Tables.ITEM;

/** Maps item rows to {@link Item} values, and orders them the way every list shows them. */
final class ItemRows {
    /** critical before high before medium before low, inside a phase. */
    static final Field<Integer> SEVERITY_RANK = DSL.case_(ITEM.SEVERITY)
            .when("critical", 0).when("high", 1).when("medium", 2).otherwise(3);

    /** The columns an {@link ItemSummary} is made of: none of the long texts or timestamps. */
    static final SelectField<?>[] SUMMARY = {ITEM.ID, ITEM.TITLE, ITEM.CATEGORY, ITEM.SEVERITY, ITEM.PHASE,
            ITEM.EFFORT_MIN, ITEM.EFFORT_MAX, ITEM.EFFORT_STATED, ITEM.STATUS, ITEM.ASSIGNEE, ITEM.DUE_DATE,
            ITEM.NOT_IN_LATEST, ITEM.VERSION, ITEM.POSITION};

    /** A new row starts open, at version 1, created and last changed by {@code actor} at {@code now}. */
    static void startOpen(ItemRecord row, Actor actor, java.time.LocalDateTime now) {
        row.setStatus(Status.TODO.label());
        row.setNotInLatest(false);
        row.setVersion(1);
        row.setUpdatedBy(actor.name());
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
    }

    private ItemRows() {
    }

    static Item toItem(ItemRecord row) {
        return new Item(row.getId(), row.getProjectId(), row.getAuditId(), row.getPosition(), row.getTitle(),
                row.getDetail(), row.getCategory(), Severity.parse("severity", row.getSeverity()), row.getPhase(),
                Item.PhaseSource.valueOf(row.getPhaseSource().toUpperCase(java.util.Locale.ROOT)),
                effort(row.getEffortMin(), row.getEffortMax()), row.getEffortStated(), row.getEffortText(), Status.parse("status", row.getStatus()),
                row.getStatusReason(), row.getAssignee(), row.getDueDate(), row.getNotes(), row.getNotInLatest(),
                row.getVersion(), row.getUpdatedBy(), fromDb(row.getCreatedAt()), fromDb(row.getUpdatedAt()),
                fromDb(row.getResolvedAt()));
    }

    static ItemSummary toSummary(Record row) {
        return new ItemSummary(row.get(ITEM.ID), row.get(ITEM.TITLE), row.get(ITEM.CATEGORY),
                Severity.parse("severity", row.get(ITEM.SEVERITY)), row.get(ITEM.PHASE),
                effort(row.get(ITEM.EFFORT_MIN), row.get(ITEM.EFFORT_MAX)), row.get(ITEM.EFFORT_STATED),
                Status.parse("status", row.get(ITEM.STATUS)), row.get(ITEM.ASSIGNEE), row.get(ITEM.DUE_DATE),
                row.get(ITEM.NOT_IN_LATEST), row.get(ITEM.VERSION), row.get(ITEM.POSITION));
    }

    static EffortRange effort(Double min, Double max) {
        return min == null ? EffortRange.ZERO : new EffortRange(min, max);
    }
}
