package dev.punchlist.jira.sync;

import dev.punchlist.store.Database;
import dev.punchlist.store.Timestamps;
import dev.punchlist.store.schema.tables.records.JiraOutboxRecord;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;
import static dev.punchlist.store.schema.Tables.JIRA_OUTBOX;

/**
 * What the worker writes about outbox rows and their items' links. Every ending leaves the item either linked,
 * or with a reason and, unless only a change of the item or the settings can help, the time of the next try.
 */
final class OutboxRows {
    /** A row being sent is not due for others until this long has passed (then it is looked up before a retry). */
    static final Duration LEASE = Duration.ofMinutes(15);

    private final Database database;
    private final Clock clock;

    OutboxRows(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Counts the attempt before calling Jira (so after a crash mid-call the next run looks the ticket up first)
     * and leases the row. The update only wins if nobody counted an attempt since we read the row, so two
     * drains (the server's and {@code punchlist jira push} beside it) never send the same row twice.
     */
    List<JiraOutboxRecord> claim(List<JiraOutboxRecord> rows) {
        Instant leaseEnd = clock.instant().plus(LEASE);
        return database.write(db -> rows.stream().filter(r -> db.update(JIRA_OUTBOX)
                .set(JIRA_OUTBOX.ATTEMPTS, r.getAttempts() + 1).set(JIRA_OUTBOX.NEXT_ATTEMPT_AT, toDb(leaseEnd))
                .where(JIRA_OUTBOX.ID.eq(r.getId())).and(JIRA_OUTBOX.ATTEMPTS.eq(r.getAttempts()))
                .and(JIRA_OUTBOX.DONE_AT.isNull()).execute() == 1).toList());
    }

    /** Committed before the create goes out: from then on the ticket may exist, whatever the answer. */
    void markSent(List<JiraOutboxRecord> rows) {
        List<Long> ids = rows.stream().map(JiraOutboxRecord::getId).toList();
        database.write(db -> db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.SENT_AT, toDb(clock.instant()))
                .where(JIRA_OUTBOX.ID.in(ids)).execute());
    }

    void linked(JiraOutboxRecord row, String key, String id, String hash, String note) {
        Instant now = clock.instant();
        database.write(db -> {
            db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.DONE_AT, toDb(now)).where(JIRA_OUTBOX.ID.eq(row.getId())).execute();
            var link = db.fetchOptional(JIRA_LINK, JIRA_LINK.ITEM_ID.eq(row.getItemId())).orElseGet(() -> {
                var r = db.newRecord(JIRA_LINK);
                r.setItemId(row.getItemId());
                return r;
            });
            link.setIssueKey(key);
            if (id != null) {
                link.setIssueId(Long.parseLong(id));
            }
            link.setState("synced");
            link.setLastError(note);
            link.setNextRetryAt(null);
            link.setSyncedAt(toDb(now));
            link.setPushedHash(hash);
            link.store();
            return null;
        });
    }

    void finish(JiraOutboxRecord row) {
        database.write(db -> db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.DONE_AT, toDb(clock.instant()))
                .where(JIRA_OUTBOX.ID.eq(row.getId())).execute());
    }

    /** Jira may still do it: try again at the time given, and say why on the item. */
    void defer(JiraOutboxRecord row, String reason, Duration retryIn) {
        Instant retry = clock.instant().plus(retryIn);
        database.write(db -> {
            db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.NEXT_ATTEMPT_AT, toDb(retry)).where(JIRA_OUTBOX.ID.eq(row.getId())).execute();
            db.update(JIRA_LINK).set(JIRA_LINK.STATE, "pending").set(JIRA_LINK.LAST_ERROR, reason)
                    .set(JIRA_LINK.NEXT_RETRY_AT, toDb(retry)).where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).execute();
            return null;
        });
    }

    /**
     * Jira refused this very write and would refuse it again: the row is closed and the item {@code failed} without
     * a retry time; a push after the item or the settings changed sends it again.
     */
    int refused(List<JiraOutboxRecord> rows, String reason) {
        Instant now = clock.instant();
        List<Long> ids = rows.stream().map(JiraOutboxRecord::getId).toList();
        return database.write(db -> {
            // Rows already finished (linked) in this drain keep their state.
            List<Long> open = db.select(JIRA_OUTBOX.ITEM_ID).from(JIRA_OUTBOX).where(JIRA_OUTBOX.ID.in(ids))
                    .and(JIRA_OUTBOX.DONE_AT.isNull()).fetch(JIRA_OUTBOX.ITEM_ID);
            db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.DONE_AT, toDb(now)).where(JIRA_OUTBOX.ID.in(ids)).execute();
            db.update(JIRA_LINK).set(JIRA_LINK.STATE, "failed").set(JIRA_LINK.LAST_ERROR, reason)
                    .setNull(JIRA_LINK.NEXT_RETRY_AT).where(JIRA_LINK.ITEM_ID.in(open)).execute();
            return open.size();
        });
    }

    /**
     * When a create for this item last went out, over all its rows (a row closed by a refusal may have been sent
     * without an answer): a new create waits for the label lookup as the same row's retry would.
     */
    Instant lastSent(long itemId) {
        return database.read(db -> db.select(DSL.max(JIRA_OUTBOX.SENT_AT)).from(JIRA_OUTBOX)
                .where(JIRA_OUTBOX.ITEM_ID.eq(itemId)).and(JIRA_OUTBOX.KIND.eq(JiraSync.CREATE))
                .fetchOptional(0, LocalDateTime.class).map(Timestamps::fromDb).orElse(null));
    }

    /** A linked ticket whose status could not follow its item yet: the move is queued on its own. */
    void queueTransition(long itemId, String reason, Duration retryIn) {
        Instant now = clock.instant();
        Instant retry = now.plus(retryIn);
        database.write(db -> {
            db.insertInto(JIRA_OUTBOX).set(JIRA_OUTBOX.ITEM_ID, itemId).set(JIRA_OUTBOX.KIND, JiraSync.TRANSITION)
                    .set(JIRA_OUTBOX.CREATED_AT, toDb(now)).set(JIRA_OUTBOX.ATTEMPTS, 0)
                    .set(JIRA_OUTBOX.NEXT_ATTEMPT_AT, toDb(retry)).execute();
            db.update(JIRA_LINK).set(JIRA_LINK.STATE, "pending").set(JIRA_LINK.LAST_ERROR, reason)
                    .set(JIRA_LINK.NEXT_RETRY_AT, toDb(retry)).where(JIRA_LINK.ITEM_ID.eq(itemId)).execute();
            return null;
        });
    }

    /** The linked ticket could not be moved and would not be on a retry; it stays linked. */
    void transitionRefused(long itemId, String reason) {
        database.write(db -> db.update(JIRA_LINK).set(JIRA_LINK.STATE, "failed").set(JIRA_LINK.LAST_ERROR, reason)
                .setNull(JIRA_LINK.NEXT_RETRY_AT).where(JIRA_LINK.ITEM_ID.eq(itemId)).execute());
    }

    void pushedHash(long itemId, String hash) {
        database.write(db -> db.update(JIRA_LINK).set(JIRA_LINK.PUSHED_HASH, hash).where(JIRA_LINK.ITEM_ID.eq(itemId)).execute());
    }
}
