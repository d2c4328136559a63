package dev.punchlist.plan;

import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.ItemRecord;

import java.time.Clock;
import java.time.LocalDateTime;

import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static dev.punchlist.store.schema.Tables.MENTION;

/**
 * Adds an item a person asked for rather than one a report finding produced; the import preview uses
 * it to promote a line the parser left out as not work, quoting that line.
 */
public final class ManualItems {
    private final Database database;
    private final Clock clock;
    private final ReadinessTracker readiness;

    public ManualItems(Database database, Clock clock, ReadinessTracker readiness) {
        this.database = database;
        this.clock = clock;
        this.readiness = readiness;
    }

    /**
     * @param phase   {@code null} for the severity's default phase
     * @param effort  {@code null} for the project's default estimate for the severity
     * @param auditId with {@code line} and {@code quote}: the report line the item came from, or {@code null}
     */
    public record NewItem(String title, Severity severity, Integer phase, EffortRange effort, String category,
                          Long auditId, Integer line, String quote) {
    }

    public Item add(String projectKey, NewItem item, Actor actor) {
        if (item.title() == null || item.title().isBlank() || item.title().length() > 500) {
            throw new InvalidInputException("title", "must be 1–500 characters");
        }
        if (item.phase() != null && (item.phase() < 0 || item.phase() > 2)) {
            throw new InvalidInputException("phase", "must be 0, 1 or 2");
        }
        Item added = database.write(db -> {
            Project project = Projects.get(db, projectKey);
            LocalDateTime now = toDb(clock.instant());
            Integer max = db.select(org.jooq.impl.DSL.max(ITEM.POSITION)).from(ITEM)
                    .where(ITEM.PROJECT_ID.eq(project.id())).fetchOne(0, Integer.class);
            int phase = item.phase() == null ? item.severity().defaultPhase() : item.phase();
            EffortRange effort = item.effort() == null ? project.settings().effortFor(item.severity()) : item.effort();
            ItemRecord row = db.newRecord(ITEM);
            row.setProjectId(project.id());
            row.setAuditId(item.auditId());
            row.setPosition(max == null ? 1 : max + 1);
            row.setTitle(item.title().trim());
            row.setDetail(item.quote());
            row.setCategory(item.category() == null || item.category().isBlank() ? null : item.category().trim());
            row.setSeverity(item.severity().label());
            row.setPhase(phase);
            row.setPhaseSource(phase == item.severity().defaultPhase() ? "severity" : "user");
            row.setEffortMin(effort.min());
            row.setEffortMax(effort.max());
            row.setEffortStated(item.effort() != null);
            row.setEffortText(item.effort() == null ? null : effort.toString());
            row.setFingerprint(Fingerprint.of(item.title()));
            ItemRows.startOpen(row, actor, now);
            row.store();
            if (item.auditId() != null && item.line() != null) {
                db.insertInto(MENTION).set(MENTION.ITEM_ID, row.getId()).set(MENTION.AUDIT_ID, item.auditId())
                        .set(MENTION.LINE, item.line()).set(MENTION.END_LINE, item.line())
                        .set(MENTION.HEADING_PATH, "").set(MENTION.QUOTE, item.quote() == null ? "" : item.quote()).execute();
            }
            db.insertInto(ITEM_HISTORY).set(ITEM_HISTORY.ITEM_ID, row.getId()).set(ITEM_HISTORY.PROJECT_ID, project.id())
                    .set(ITEM_HISTORY.AT, now).set(ITEM_HISTORY.ACTOR, actor.name()).set(ITEM_HISTORY.SOURCE, actor.source())
                    .set(ITEM_HISTORY.FIELD, "created").set(ITEM_HISTORY.NEW_VALUE, row.getTitle())
                    .set(ITEM_HISTORY.REASON, item.line() == null ? "added by hand" : "promoted from report line " + item.line())
                    .execute();
            return ItemRows.toItem(row);
        });
        readiness.changed(added.projectId(), "item " + added.id() + " added by " + actor.name());
        return added;
    }
}
