package dev.punchlist.plan;

import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.AuditRecord;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.AUDIT;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static dev.punchlist.store.schema.Tables.PROJECT_EVENT;

/**
 * Taking back what the reader or a person got wrong: deleting an item, undoing a whole import, correcting
 * the stated baseline. Each is written to the project's history in the same transaction, because an
 * item's own history goes with it.
 */
public final class Corrections {
    private final Database database;
    private final Clock clock;
    private final ReadinessTracker readiness;

    public Corrections(Database database, Clock clock, ReadinessTracker readiness) {
        this.database = database;
        this.clock = clock;
        this.readiness = readiness;
    }

    /** Deletes one item with its mentions, history, comments and Jira link; the reason is kept in the project's history. */
    public Item deleteItem(long id, String reason, Actor actor) {
        requireReason(reason);
        Item deleted = database.write(db -> {
            Item item = Items.get(db, id);
            log(db, item.projectId(), actor, "item.delete", "#" + id + " “" + item.title() + "” (" + item.severity().label()
                    + ", phase " + item.phase() + ", " + item.status().label() + "): " + reason.strip());
            db.deleteFrom(ITEM).where(ITEM.ID.eq(id)).execute();
            return item;
        });
        readiness.changed(deleted.projectId(), "item " + id + " deleted by " + actor.name());
        return deleted;
    }

    /** What undoing an import took back. */
    public record Undone(AuditSummary audit, int itemsDeleted, int flagsCleared) {
    }

    /**
     * Undoes one import of a project: deletes the items it created (those promoted from its left-out lines
     * too), its report lines on other items, and the "not in latest report" flags it set; the baseline falls
     * back to the audit before it.
     */
    public Undone undoImport(String projectKey, long auditId, Actor actor) {
        long[] projectId = new long[1];
        Undone undone = database.write(db -> {
            Project project = Projects.get(db, projectKey);
            projectId[0] = project.id();
            AuditRecord audit = db.fetchOptional(AUDIT, AUDIT.ID.eq(auditId).and(AUDIT.PROJECT_ID.eq(project.id())))
                    .orElseThrow(() -> new NotFoundException("audit " + auditId + " in project " + projectKey));
            int flags = clearFlags(db, project.id(), audit, actor);
            int items = db.deleteFrom(ITEM).where(ITEM.AUDIT_ID.eq(auditId)).and(ITEM.PROJECT_ID.eq(project.id())).execute();
            AuditSummary summary = Importer.summary(audit);
            db.deleteFrom(AUDIT).where(AUDIT.ID.eq(auditId)).execute();
            log(db, project.id(), actor, "audit.undo", "import of “" + (summary.title() == null ? "untitled report" : summary.title())
                    + "” (audit " + auditId + ", " + summary.importedAt() + "): " + items + " items deleted, " + flags + " flags cleared");
            return new Undone(summary, items, flags);
        });
        readiness.changed(projectId[0], "import of audit " + auditId + " undone by " + actor.name());
        return undone;
    }

    /** The flags an import set are the history rows naming it; an item flagged again since by a newer import keeps its flag. */
    private int clearFlags(DSLContext db, long projectId, AuditRecord audit, Actor actor) {
        List<Long> flagged = db.select(ITEM_HISTORY.ITEM_ID).from(ITEM_HISTORY)
                .where(ITEM_HISTORY.PROJECT_ID.eq(projectId)).and(ITEM_HISTORY.FIELD.eq("not_in_latest"))
                .and(ITEM_HISTORY.NEW_VALUE.eq("true")).and(ITEM_HISTORY.SOURCE.eq(Actor.IMPORT))
                .and(ITEM_HISTORY.REASON.eq(Importer.flagReason(audit.getId()))).fetch(ITEM_HISTORY.ITEM_ID);
        LocalDateTime now = toDb(clock.instant());
        int cleared = 0;
        for (long itemId : flagged) {
            String newest = db.select(ITEM_HISTORY.REASON).from(ITEM_HISTORY).where(ITEM_HISTORY.ITEM_ID.eq(itemId))
                    .and(ITEM_HISTORY.FIELD.eq("not_in_latest")).orderBy(ITEM_HISTORY.ID.desc()).limit(1).fetchOne(ITEM_HISTORY.REASON);
            if (!Importer.flagReason(audit.getId()).equals(newest)) {
                continue;
            }
            if (db.update(ITEM).set(ITEM.NOT_IN_LATEST, false).where(ITEM.ID.eq(itemId)).and(ITEM.NOT_IN_LATEST.isTrue()).execute() == 1) {
                db.insertInto(ITEM_HISTORY).set(ITEM_HISTORY.ITEM_ID, itemId).set(ITEM_HISTORY.PROJECT_ID, projectId)
                        .set(ITEM_HISTORY.AT, now).set(ITEM_HISTORY.ACTOR, actor.name()).set(ITEM_HISTORY.SOURCE, actor.source())
                        .set(ITEM_HISTORY.FIELD, "not_in_latest").set(ITEM_HISTORY.OLD_VALUE, "true").set(ITEM_HISTORY.NEW_VALUE, "false")
                        .set(ITEM_HISTORY.REASON, "the import of audit " + audit.getId() + " that flagged it was undone").execute();
                cleared++;
            }
        }
        return cleared;
    }

    /** Corrects the stated overall score (0–100) of the project's newest audit, the baseline readiness counts from. */
    public void setBaseline(String projectKey, Double baseline, Actor actor) {
        if (baseline != null && (baseline.isNaN() || baseline < 0 || baseline > 100)) {
            throw new InvalidInputException("baseline", "must be a score from 0 to 100, like 78");
        }
        long projectId = database.write(db -> {
            Project project = Projects.get(db, projectKey);
            AuditRecord newest = db.selectFrom(AUDIT).where(AUDIT.PROJECT_ID.eq(project.id())).orderBy(AUDIT.ID.desc()).limit(1)
                    .fetchOptional().orElseThrow(() -> new InvalidInputException("baseline", "needs a report: import one first"));
            if (java.util.Objects.equals(newest.getBaseline(), baseline)) {
                return project.id();
            }
            log(db, project.id(), actor, "baseline", "stated score of audit " + newest.getId() + " set from "
                    + (newest.getBaseline() == null ? "none" : newest.getBaseline()) + " to " + (baseline == null ? "none" : baseline));
            newest.setBaseline(baseline);
            newest.store();
            return project.id();
        });
        readiness.changed(projectId, "stated baseline changed by " + actor.name());
    }

    /** The newest audit's stated score, or {@code null}. */
    public Double baseline(String projectKey) {
        return database.read(db -> db.select(AUDIT.BASELINE).from(AUDIT).where(AUDIT.PROJECT_ID.eq(Projects.get(db, projectKey).id()))
                .orderBy(AUDIT.ID.desc()).limit(1).fetchOptional(AUDIT.BASELINE).orElse(null));
    }

    public List<ProjectEvent> events(String projectKey) {
        return database.read(db -> db.selectFrom(PROJECT_EVENT).where(PROJECT_EVENT.PROJECT_ID.eq(Projects.get(db, projectKey).id()))
                .orderBy(PROJECT_EVENT.ID.desc()).fetch(r -> new ProjectEvent(fromDb(r.getAt()), r.getActor(), r.getAction(), r.getDetail())));
    }

    /** Writes one entry of a project's history in a transaction of its own. */
    public void record(String projectKey, Actor actor, String action, String detail) {
        database.write(db -> {
            log(db, Projects.get(db, projectKey).id(), actor, action, detail);
            return null;
        });
    }

    /** Writes one entry of a project's history inside the caller's transaction. */
    void log(DSLContext db, long projectId, Actor actor, String action, String detail) {
        db.insertInto(PROJECT_EVENT).set(PROJECT_EVENT.PROJECT_ID, projectId).set(PROJECT_EVENT.AT, toDb(clock.instant()))
                .set(PROJECT_EVENT.ACTOR, actor.name()).set(PROJECT_EVENT.ACTION, action).set(PROJECT_EVENT.DETAIL, detail).execute();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required to delete an item; it is kept in the project's history");
        }
    }
}
