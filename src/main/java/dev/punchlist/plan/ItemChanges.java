package dev.punchlist.plan;

import dev.punchlist.store.schema.tables.records.ItemRecord;
import dev.punchlist.store.Prerendered;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;

/**
 * Applies one {@link ItemPatch} inside a caller's transaction: validates, updates, records history. Re-scoring
 * is left to the caller, after commit, so the single writer never waits on an aggregate over the project.
 */
public final class ItemChanges {
    private static final int MAX_TEXT = 20_000;
    /** The columns a change may write. */
    private static final List<TableField<ItemRecord, ?>> CHANGEABLE = List.of(ITEM.TITLE, ITEM.SEVERITY, ITEM.PHASE,
            ITEM.PHASE_SOURCE, ITEM.STATUS, ITEM.STATUS_REASON, ITEM.RESOLVED_AT, ITEM.ASSIGNEE, ITEM.DUE_DATE, ITEM.NOTES,
            ITEM.CATEGORY, ITEM.EFFORT_MIN, ITEM.EFFORT_MAX, ITEM.EFFORT_STATED, ITEM.EFFORT_TEXT, ITEM.VERSION,
            ITEM.UPDATED_AT, ITEM.UPDATED_BY);
    private static final Prerendered ROW_BY_ID = Prerendered.of(db -> db.select(ITEM.fields()).from(ITEM).where(ITEM.ID.eq(DSL.param("id", ITEM.ID))));
    private static final Prerendered UPDATE = Prerendered.of(db -> {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        CHANGEABLE.forEach(field -> values.put(field, DSL.param(field.getName(), field)));
        return db.update(ITEM).set(values).where(ITEM.ID.eq(DSL.param("id", ITEM.ID)));
    });
    private static final Prerendered HISTORY = Prerendered.of(db -> db.insertInto(ITEM_HISTORY,
                    ITEM_HISTORY.ITEM_ID, ITEM_HISTORY.PROJECT_ID, ITEM_HISTORY.AT, ITEM_HISTORY.ACTOR, ITEM_HISTORY.SOURCE,
                    ITEM_HISTORY.FIELD, ITEM_HISTORY.OLD_VALUE, ITEM_HISTORY.NEW_VALUE, ITEM_HISTORY.REASON)
            .values(DSL.param("item", ITEM_HISTORY.ITEM_ID), DSL.param("project", ITEM_HISTORY.PROJECT_ID), DSL.param("at", ITEM_HISTORY.AT),
                    DSL.param("actor", ITEM_HISTORY.ACTOR), DSL.param("source", ITEM_HISTORY.SOURCE), DSL.param("field", ITEM_HISTORY.FIELD),
                    DSL.param("old", ITEM_HISTORY.OLD_VALUE), DSL.param("new", ITEM_HISTORY.NEW_VALUE), DSL.param("reason", ITEM_HISTORY.REASON)));

    private final Clock clock;

    public ItemChanges(Clock clock) {
        this.clock = clock;
    }

    /**
     * The item after a change, and what to re-score once the change has committed.
     *
     * @param scoreCause    why the score may have moved, or {@code null} when no field that counts changed
     * @param statusChanged the status is not what it was
     */
    record Applied(Item item, String scoreCause, boolean statusChanged) {
    }

    /** Told about every status change inside the transaction that makes it (the Jira outbox uses this). */
    @FunctionalInterface
    public interface StatusListener {
        void changed(DSLContext db, long itemId, Status from, Status to, Actor actor);
    }

    private volatile StatusListener statusListener = (db, id, from, to, actor) -> { };

    public void onStatusChange(StatusListener listener) {
        this.statusListener = listener;
    }

    Applied apply(DSLContext db, long id, Integer expectedVersion, ItemPatch patch, Actor actor) {
        ItemRecord row = ROW_BY_ID.fetchOptional(db, ItemRecord::new, id)
                .orElseThrow(() -> new NotFoundException("item " + id));
        // Both are boxed: compare the numbers, not the objects (equal only up to 127, Integer's cache).
        if (expectedVersion != null && expectedVersion.intValue() != row.getVersion().intValue()) {
            throw new StaleVersionException(ItemRows.toItem(row));
        }
        List<FieldChange> changed = new ArrayList<>();
        applyFields(row, patch, changed);
        if (changed.isEmpty()) {
            return new Applied(ItemRows.toItem(row), null, false);
        }
        LocalDateTime now = toDb(clock.instant());
        row.setVersion(row.getVersion() + 1);
        row.setUpdatedAt(now);
        row.setUpdatedBy(actor.name());
        store(db, row);
        for (FieldChange change : changed) {
            record(db, row, now, actor, change, patch.reason());
            if (change.field().equals("status")) {
                statusListener.changed(db, id, Status.parse("status", change.oldValue()), Status.parse("status", change.newValue()), actor);
            }
        }
        String scoreCause = movesScore(changed) ? "item " + id + " " + describe(changed) + " by " + actor.name() : null;
        boolean statusChanged = changed.stream().anyMatch(c -> c.field().equals("status"));
        return new Applied(ItemRows.toItem(row), scoreCause, statusChanged);
    }

    private void applyFields(ItemRecord row, ItemPatch patch, List<FieldChange> changed) {
        if (patch.title() != null) {
            set(changed, "title", row.getTitle(), requireText("title", patch.title(), 500), row::setTitle);
        }
        if (patch.severity() != null) {
            changeSeverity(row, patch.severity(), changed);
        }
        if (patch.phase() != null) {
            changePhase(row, patch.phase(), patch.reason(), changed);
        }
        if (patch.status() != null) {
            changeStatus(row, patch.status(), patch.reason(), changed);
        }
        if (patch.assignee() != null) {
            set(changed, "assignee", row.getAssignee(), optionalText("assignee", patch.assignee().value(), 100), row::setAssignee);
        }
        if (patch.due() != null) {
            LocalDate due = DueDates.check(patch.due().value());
            set(changed, "due", Objects.toString(row.getDueDate(), null), Objects.toString(due, null), v -> row.setDueDate(due));
        }
        if (patch.notes() != null) {
            set(changed, "notes", row.getNotes(), optionalText("notes", patch.notes().value(), MAX_TEXT), row::setNotes);
        }
        if (patch.category() != null) {
            set(changed, "category", row.getCategory(), optionalText("category", patch.category().value(), 100), row::setCategory);
        }
        if (patch.effort() != null) {
            changeEffort(row, patch.effort(), changed);
        }
    }

    private void changeSeverity(ItemRecord row, Severity severity, List<FieldChange> changed) {
        set(changed, "severity", row.getSeverity(), severity.label(), row::setSeverity);
        if ("severity".equals(row.getPhaseSource()) && row.getPhase() != severity.defaultPhase()) {
            set(changed, "phase", String.valueOf(row.getPhase()), String.valueOf(severity.defaultPhase()),
                    v -> row.setPhase(severity.defaultPhase()));
        }
    }

    private void changePhase(ItemRecord row, int phase, String reason, List<FieldChange> changed) {
        if (phase < 0 || phase > 2) {
            throw new InvalidInputException("phase", "must be 0, 1 or 2");
        }
        if (phase != row.getPhase() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "is required to move an item to another phase");
        }
        if (phase != row.getPhase()) {
            set(changed, "phase", String.valueOf(row.getPhase()), String.valueOf(phase), v -> row.setPhase(phase));
            row.setPhaseSource("user");
        }
    }

    private void changeStatus(ItemRecord row, Status status, String reason, List<FieldChange> changed) {
        if (status == Status.WONT_FIX && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "is required to close an item as won't fix");
        }
        Status old = Status.parse("status", row.getStatus());
        set(changed, "status", old.label(), status.label(), row::setStatus);
        row.setStatusReason(status == Status.WONT_FIX ? reason : null);
        if (status.resolved() && !old.resolved()) {
            row.setResolvedAt(toDb(clock.instant()));
        } else if (!status.resolved()) {
            row.setResolvedAt(null);
        }
    }

    private void changeEffort(ItemRecord row, EffortRange effort, List<FieldChange> changed) {
        String old = row.getEffortMin() == null ? null : new EffortRange(row.getEffortMin(), row.getEffortMax()).toString();
        set(changed, "effort", old, effort.toString(), v -> {
            row.setEffortMin(effort.min());
            row.setEffortMax(effort.max());
            row.setEffortStated(true);
            row.setEffortText(effort.toString());
        });
    }

    private static void set(List<FieldChange> changed, String field, String old, String value,
                            java.util.function.Consumer<String> setter) {
        if (!Objects.equals(old, value)) {
            setter.accept(value);
            changed.add(new FieldChange(field, old, value));
        }
    }

    private static String requireText(String field, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new InvalidInputException(field, "must be 1–" + max + " characters");
        }
        return value.trim();
    }

    private static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value.trim();
    }

    /** Writes every field a change may touch, so one statement serves all changes and is rendered once. */
    private static void store(DSLContext db, ItemRecord row) {
        Object[] values = new Object[CHANGEABLE.size() + 1];
        for (int i = 0; i < CHANGEABLE.size(); i++) {
            values[i] = row.get(CHANGEABLE.get(i));
        }
        values[CHANGEABLE.size()] = row.getId();
        UPDATE.execute(db, values);
        row.changed(false);
    }

    private static void record(DSLContext db, ItemRecord row, LocalDateTime at, Actor actor, FieldChange change, String reason) {
        HISTORY.execute(db, row.getId(), row.getProjectId(), at, actor.name(), actor.source(), change.field(), change.oldValue(),
                change.newValue(), reason);
    }

    private record FieldChange(String field, String oldValue, String newValue) {
    }

    private static boolean movesScore(List<FieldChange> changed) {
        return changed.stream().anyMatch(c -> List.of("status", "severity", "phase", "effort").contains(c.field()));
    }

    private static String describe(List<FieldChange> changed) {
        return changed.stream().map(c -> c.field() + " → " + c.newValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
