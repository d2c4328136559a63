package dev.punchlist.jira.sync;

import dev.punchlist.jira.CreateOutcome;
import dev.punchlist.jira.IssueDraft;
import dev.punchlist.jira.JiraClient;
import dev.punchlist.jira.JiraConfigException;
import dev.punchlist.jira.JiraIssue;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.jira.JiraUnavailableException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.Items;
import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.JiraOutboxRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;
import static dev.punchlist.store.schema.Tables.JIRA_OUTBOX;

/**
 * Drains a project's outbox in order. Creates go to Jira 50 per bulk call; an attempt is counted (and
 * committed) before the call, so after a crash, a timeout or an ambiguous answer the next attempt first
 * looks the ticket up by its label and adopts it instead of creating a second one.
 */
public final class SyncWorker {
    public static final int BATCH = 50;
    /** Jira's search index lags behind writes: wait this long before trusting "not found by label". */
    static final Duration AMBIGUOUS_DELAY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

    private final Database database;
    private final Items items;
    private final JiraSync sync;
    private final Clock clock;
    private volatile JiraClients clients = JiraClients.DEFAULT;

    public SyncWorker(Database database, Items items, JiraSync sync, Clock clock) {
        this.database = database;
        this.items = items;
        this.sync = sync;
        this.clock = clock;
    }

    public void useClients(JiraClients clients) {
        this.clients = clients;
    }

    public JiraClient client(String projectKey) {
        JiraSettingsStore store = sync.settingsStore();
        return clients.open(store.settings(projectKey), store.credentials(projectKey));
    }

    /** What one drain did; {@code configProblem} is set (once) when Jira refused the settings. */
    public record Report(int created, int adopted, int updated, int transitioned, int failed, int deferred,
                         String configProblem) {
    }

    private static final class Tally {
        int created, adopted, updated, transitioned, failed, deferred;
        String configProblem;

        Report report() {
            return new Report(created, adopted, updated, transitioned, failed, deferred, configProblem);
        }
    }

    public synchronized Report drain(String projectKey) {
        JiraSettings settings = sync.settingsStore().settings(projectKey);
        JiraClient client = client(projectKey);
        Instant now = clock.instant();
        List<JiraOutboxRecord> due = database.read(db -> db.select(JIRA_OUTBOX.fields()).from(JIRA_OUTBOX)
                .join(ITEM).on(ITEM.ID.eq(JIRA_OUTBOX.ITEM_ID))
                .where(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey))).and(JIRA_OUTBOX.DONE_AT.isNull())
                .and(JIRA_OUTBOX.NEXT_ATTEMPT_AT.isNull().or(JIRA_OUTBOX.NEXT_ATTEMPT_AT.le(toDb(now))))
                .orderBy(JIRA_OUTBOX.ID).fetchInto(JIRA_OUTBOX));
        Tally tally = new Tally();
        List<JiraOutboxRecord> creates = due.stream().filter(r -> JiraSync.CREATE.equals(r.getKind())).toList();
        List<JiraOutboxRecord> others = due.stream().filter(r -> !JiraSync.CREATE.equals(r.getKind())).toList();
        List<JiraOutboxRecord> remaining = new ArrayList<>(due);
        try {
            for (int i = 0; i < creates.size(); i += BATCH) {
                List<JiraOutboxRecord> chunk = creates.subList(i, Math.min(creates.size(), i + BATCH));
                createChunk(projectKey, settings, client, chunk, tally);
                remaining.removeAll(chunk);
            }
            for (JiraOutboxRecord row : others) {
                change(projectKey, settings, client, row, tally);
                remaining.remove(row);
            }
        } catch (JiraConfigException e) {
            // One message for the whole drain; nothing is retried until the settings are fixed and items pushed again.
            tally.configProblem = "Jira refused the configuration (HTTP " + e.status() + "): " + e.getMessage();
            LOG.warn("Jira sync of project {} stopped: {}", projectKey, tally.configProblem);
            abandon(remaining, tally.configProblem);
            tally.failed += remaining.size();
        }
        return tally.report();
    }

    private void createChunk(String projectKey, JiraSettings settings, JiraClient client, List<JiraOutboxRecord> chunk,
                             Tally tally) {
        // Count the attempt before calling Jira: if we crash mid-call, the next run knows to look first.
        database.write(db -> db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.ATTEMPTS, JIRA_OUTBOX.ATTEMPTS.plus(1))
                .where(JIRA_OUTBOX.ID.in(chunk.stream().map(JiraOutboxRecord::getId).toList())).execute());
        List<IssueDraft> drafts = new ArrayList<>();
        List<JiraOutboxRecord> toCreate = new ArrayList<>();
        for (JiraOutboxRecord row : chunk) {
            Item item = items.get(row.getItemId());
            IssueDraft draft = sync.draft(projectKey, settings, item);
            String existingKey = database.read(db -> db.select(JIRA_LINK.ISSUE_KEY).from(JIRA_LINK)
                    .where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).fetchOne(JIRA_LINK.ISSUE_KEY));
            if (existingKey != null) {
                finish(row, null);
                continue;
            }
            if (row.getAttempts() > 0) {
                try {
                    List<JiraIssue> found = new ArrayList<>(client.findByLabel(draft.itemLabel()));
                    if (!found.isEmpty()) {
                        found.sort(Comparator.comparingLong(f -> Long.parseLong(f.id())));
                        JiraIssue adopted = found.get(0);
                        String note = found.size() > 1 ? "duplicate tickets carry label " + draft.itemLabel() + ": "
                                + found.stream().map(JiraIssue::key).toList() + "; linked the oldest" : null;
                        linked(row, adopted.key(), adopted.id(), JiraSync.fingerprint(draft, "new"), note);
                        tally.adopted++;
                        afterCreate(settings, client, item, adopted.key(), draft, tally);
                        continue;
                    }
                } catch (JiraUnavailableException e) {
                    defer(row, "Jira is unavailable: " + e.getMessage(), backoff(row.getAttempts() + 1));
                    tally.deferred++;
                    continue;
                }
            }
            drafts.add(draft);
            toCreate.add(row);
        }
        if (drafts.isEmpty()) {
            return;
        }
        List<CreateOutcome> outcomes = client.createBulk(drafts).outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            CreateOutcome o = outcomes.get(i);
            JiraOutboxRecord row = toCreate.get(i);
            switch (o.kind()) {
                case CREATED -> {
                    linked(row, o.key(), o.id(), JiraSync.fingerprint(o.draft(), "new"), null);
                    tally.created++;
                    afterCreate(settings, client, items.get(row.getItemId()), o.key(), o.draft(), tally);
                }
                case FAILED -> {
                    failed(row, o.reason(), backoff(row.getAttempts() + 1));
                    tally.failed++;
                }
                case AMBIGUOUS -> {
                    defer(row, "Jira did not confirm the ticket (" + o.reason() + "); it will be looked up by label "
                            + "before any new attempt", AMBIGUOUS_DELAY);
                    tally.deferred++;
                }
            }
        }
    }

    /** A new ticket starts in the "new" category; move it if the item is already further along. */
    private void afterCreate(JiraSettings settings, JiraClient client, Item item, String key, IssueDraft draft, Tally tally) {
        String category = JiraSync.category(settings, item.status());
        if (!"new".equals(category)) {
            try {
                if (client.transitionToCategory(key, category)) {
                    tally.transitioned++;
                }
                database.write(db -> db.update(JIRA_LINK).set(JIRA_LINK.PUSHED_HASH, JiraSync.fingerprint(draft, category))
                        .where(JIRA_LINK.ITEM_ID.eq(item.id())).execute());
            } catch (JiraUnavailableException e) {
                LOG.info("ticket {} stays in its first status for now: {}", key, e.getMessage());
            }
        }
    }

    private void change(String projectKey, JiraSettings settings, JiraClient client, JiraOutboxRecord row, Tally tally) {
        String key = database.read(db -> db.select(JIRA_LINK.ISSUE_KEY).from(JIRA_LINK)
                .where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).fetchOne(JIRA_LINK.ISSUE_KEY));
        if (key == null) {
            finish(row, null); // not created yet: the create reads the item's current state
            return;
        }
        database.write(db -> db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.ATTEMPTS, JIRA_OUTBOX.ATTEMPTS.plus(1))
                .where(JIRA_OUTBOX.ID.eq(row.getId())).execute());
        Item item = items.get(row.getItemId());
        IssueDraft draft = sync.draft(projectKey, settings, item);
        String category = JiraSync.category(settings, item.status());
        try {
            if (JiraSync.UPDATE.equals(row.getKind())) {
                client.updateFromDraft(key, draft);
                tally.updated++;
            }
            if (client.transitionToCategory(key, category)) {
                tally.transitioned++;
            }
            String previous = database.read(db -> db.select(JIRA_LINK.PUSHED_HASH).from(JIRA_LINK)
                    .where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).fetchOne(JIRA_LINK.PUSHED_HASH));
            String hash = JiraSync.UPDATE.equals(row.getKind()) || previous == null
                    ? JiraSync.fingerprint(draft, category)
                    : previous.substring(0, previous.indexOf(':') + 1) + category;
            linked(row, key, null, hash, null);
        } catch (JiraUnavailableException | dev.punchlist.jira.JiraAmbiguousException e) {
            defer(row, "Jira is unavailable: " + e.getMessage(), backoff(row.getAttempts() + 1));
            tally.deferred++;
        }
    }

    static Duration backoff(int attempts) {
        long minutes = Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1)));
        return Duration.ofMinutes(minutes);
    }

    private void linked(JiraOutboxRecord row, String key, String id, String hash, String note) {
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

    private void finish(JiraOutboxRecord row, String error) {
        database.write(db -> db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.DONE_AT, toDb(clock.instant()))
                .where(JIRA_OUTBOX.ID.eq(row.getId())).execute());
    }

    private void failed(JiraOutboxRecord row, String reason, Duration retryIn) {
        Instant retry = clock.instant().plus(retryIn);
        database.write(db -> {
            db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.NEXT_ATTEMPT_AT, toDb(retry)).where(JIRA_OUTBOX.ID.eq(row.getId())).execute();
            db.update(JIRA_LINK).set(JIRA_LINK.STATE, "failed").set(JIRA_LINK.LAST_ERROR, reason)
                    .set(JIRA_LINK.NEXT_RETRY_AT, toDb(retry)).where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).execute();
            return null;
        });
    }

    private void defer(JiraOutboxRecord row, String reason, Duration retryIn) {
        Instant retry = clock.instant().plus(retryIn);
        database.write(db -> {
            db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.NEXT_ATTEMPT_AT, toDb(retry)).where(JIRA_OUTBOX.ID.eq(row.getId())).execute();
            db.update(JIRA_LINK).set(JIRA_LINK.LAST_ERROR, reason).set(JIRA_LINK.NEXT_RETRY_AT, toDb(retry))
                    .where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).execute();
            return null;
        });
    }

    /** Configuration problems are not retried: the rows are closed and the items marked failed with the reason. */
    private void abandon(List<JiraOutboxRecord> rows, String reason) {
        Instant now = clock.instant();
        List<Long> ids = rows.stream().map(JiraOutboxRecord::getId).toList();
        List<Long> itemIds = rows.stream().map(JiraOutboxRecord::getItemId).toList();
        database.write(db -> {
            db.update(JIRA_OUTBOX).set(JIRA_OUTBOX.DONE_AT, toDb(now)).where(JIRA_OUTBOX.ID.in(ids)).execute();
            db.update(JIRA_LINK).set(JIRA_LINK.STATE, "failed").set(JIRA_LINK.LAST_ERROR, reason)
                    .setNull(JIRA_LINK.NEXT_RETRY_AT).where(JIRA_LINK.ITEM_ID.in(itemIds)).execute();
            return null;
        });
    }
}
