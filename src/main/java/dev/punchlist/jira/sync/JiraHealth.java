package dev.punchlist.jira.sync;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDateTime;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;
import static dev.punchlist.store.schema.Tables.JIRA_OUTBOX;

/**
 * How a project's sync is doing, for the one line the Jira page and the checklist show.
 *
 * @param lastSent    when Jira last accepted a ticket of this project; {@code null} before the first
 * @param lastPull    when the last pull of Jira's changes started; {@code null} before the first
 * @param queued      writes waiting in the outbox
 * @param queuedSince when the oldest of them was queued; {@code null} when none waits
 * @param failed      items Jira refused and would refuse again until the item or the settings change
 * @param lastError   the project's recorded problem, else the newest reason a queued write is held back
 * @param errorSince  when that problem was first recorded, or since when the held-back write waits
 */
public record JiraHealth(Instant lastSent, Instant lastPull, int queued, Instant queuedSince, int failed,
                         String lastError, Instant errorSince) {

    /** Four small queries over the project's links and outbox, whatever the number of items. */
    static JiraHealth read(DSLContext db, String projectKey, JiraSettingsStore.View view, Instant lastPull) {
        long projectId = ProjectIds.of(db, projectKey);
        var ofProject = ITEM.PROJECT_ID.eq(projectId);
        LocalDateTime lastSent = db.select(DSL.max(JIRA_LINK.SYNCED_AT)).from(JIRA_LINK).join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID))
                .where(ofProject).fetchOne(0, LocalDateTime.class);
        Record2<Integer, LocalDateTime> queue = db.select(DSL.count(), DSL.min(JIRA_OUTBOX.CREATED_AT)).from(JIRA_OUTBOX)
                .join(ITEM).on(ITEM.ID.eq(JIRA_OUTBOX.ITEM_ID)).where(ofProject).and(JIRA_OUTBOX.DONE_AT.isNull()).fetchOne();
        int failed = db.fetchCount(db.selectOne().from(JIRA_LINK).join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID))
                .where(ofProject).and(JIRA_LINK.STATE.eq("failed")));
        if (view != null && view.problem() != null) {
            return new JiraHealth(fromDb(lastSent), lastPull, queue.value1(), fromDb(queue.value2()), failed,
                    view.problem(), view.problemAt());
        }
        // No project-wide problem: the write held back longest says why the queue does not empty.
        Record2<String, LocalDateTime> held = db.select(JIRA_LINK.LAST_ERROR, JIRA_OUTBOX.CREATED_AT).from(JIRA_LINK)
                .join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID)).join(JIRA_OUTBOX).on(JIRA_OUTBOX.ITEM_ID.eq(JIRA_LINK.ITEM_ID))
                .where(ofProject).and(JIRA_LINK.STATE.eq("pending")).and(JIRA_LINK.LAST_ERROR.isNotNull())
                .and(JIRA_OUTBOX.DONE_AT.isNull()).orderBy(JIRA_OUTBOX.CREATED_AT, JIRA_OUTBOX.ID).limit(1).fetchOne();
        return new JiraHealth(fromDb(lastSent), lastPull, queue.value1(), fromDb(queue.value2()), failed,
                held == null ? null : held.value1(), held == null ? null : fromDb(held.value2()));
    }
}
