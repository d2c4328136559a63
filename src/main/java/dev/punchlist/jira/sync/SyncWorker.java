package dev.punchlist.jira.sync;

import dev.punchlist.jira.CreateOutcome;
import dev.punchlist.jira.IssueDraft;
import dev.punchlist.jira.JiraAmbiguousException;
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
 * committed) before the call, and so is the time a create was sent. A create Jira did not confirm (5xx,
 * timeout, cut answer, crash) is looked up by its label, again and again, and sent again only when nothing
 * carries the label long after it was sent: far longer than Jira's index lags or a late create takes.
 */
public final class SyncWorker {
    public static final int BATCH = 50;
    /** Jira's search index lags behind writes: the first look for an unconfirmed create waits this long. */
    static final Duration AMBIGUOUS_DELAY = Duration.ofSeconds(30);
    /** The longest wait between two looks for an unconfirmed create. */
    static final Duration LOOKUP_CAP = Duration.ofMinutes(4);
    /** An unconfirmed create is never sent again sooner than this after it was sent. */
    static final Duration UNCONFIRMED_BOUND = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

    private final Database database;
    private final Items items;
    private final JiraSync sync;
    private final Clock clock;
    private final OutboxRows rows;
    private final DuplicateSweep duplicates;
    private volatile JiraClients clients = JiraClients.DEFAULT;

    public SyncWorker(Database database, Items items, JiraSync sync, Clock clock) {
        this.database = database;
        this.items = items;
        this.sync = sync;
        this.clock = clock;
        this.rows = new OutboxRows(database, clock);
        this.duplicates = new DuplicateSweep(database, sync.settingsStore());
    }

    /** Closes {@code ticket} if it is a second ticket of a linked item; true if it was one. */
    public boolean sweepDuplicate(String projectKey, JiraClient client, JiraIssue ticket) {
        return duplicates.sweep(projectKey, client, ticket);
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
        /** The first write Jira refused for good in this drain, shown on the project. */
        String refusal;

        void refused(String reason) {
            failed++;
            if (refusal == null) refusal = reason;
        }

        Report report() {
            return new Report(created, adopted, updated, transitioned, failed, deferred, configProblem);
        }
    }

    /** A ticket made or adopted in this drain, whose status may still have to follow its item. */
    private record Made(Item item, String key, IssueDraft draft) {
    }

    public synchronized Report drain(String projectKey) {
        JiraSettings settings = sync.settingsStore().settings(projectKey);
        List<JiraOutboxRecord> due = due(projectKey);
        JiraClient client = clientFor(projectKey, due);
        Tally tally = new Tally();
        List<JiraOutboxRecord> creates = due.stream().filter(r -> JiraSync.CREATE.equals(r.getKind())).toList();
        List<JiraOutboxRecord> others = due.stream().filter(r -> !JiraSync.CREATE.equals(r.getKind())).toList();
        try {
            for (int i = 0; i < creates.size(); i += BATCH) {
                createChunk(projectKey, settings, client, creates.subList(i, Math.min(creates.size(), i + BATCH)), tally);
            }
            for (JiraOutboxRecord row : others) {
                change(projectKey, settings, client, row, tally);
            }
        } catch (JiraConfigException e) {
            // One message for the whole drain; nothing is retried until the settings are fixed and items pushed again.
            tally.configProblem = "Jira refused the configuration (HTTP " + e.status() + "): " + e.getMessage();
            LOG.warn("Jira sync of project {} stopped: {}", projectKey, tally.configProblem);
            tally.failed += rows.refused(due, tally.configProblem);
        }
        recordProblem(projectKey, tally);
        return tally.report();
    }

    /**
     * Without usable credentials nothing can be sent; when writes wait, the reason is recorded for the project,
     * or their items would stay "pending" with nothing saying why.
     */
    private JiraClient clientFor(String projectKey, List<JiraOutboxRecord> due) {
        try {
            return client(projectKey);
        } catch (JiraNotConfiguredException e) {
            if (!due.isEmpty()) {
                sync.settingsStore().recordProblem(projectKey, "Nothing can be sent: " + e.getMessage());
            }
            throw e;
        }
    }

    private List<JiraOutboxRecord> due(String projectKey) {
        Instant now = clock.instant();
        return database.read(db -> db.select(JIRA_OUTBOX.fields()).from(JIRA_OUTBOX)
                .join(ITEM).on(ITEM.ID.eq(JIRA_OUTBOX.ITEM_ID))
                .where(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey))).and(JIRA_OUTBOX.DONE_AT.isNull())
                .and(JIRA_OUTBOX.NEXT_ATTEMPT_AT.isNull().or(JIRA_OUTBOX.NEXT_ATTEMPT_AT.le(toDb(now))))
                .orderBy(JIRA_OUTBOX.ID).fetchInto(JIRA_OUTBOX));
    }

    /** The project's problem stays until the settings are saved or Jira accepts a write. */
    private void recordProblem(String projectKey, Tally tally) {
        String problem = tally.configProblem != null ? tally.configProblem : tally.refusal;
        if (problem != null) {
            sync.settingsStore().recordProblem(projectKey, problem);
        } else if (tally.created + tally.updated + tally.transitioned > 0) {
            sync.settingsStore().recordProblem(projectKey, null);
        }
    }

    private void createChunk(String projectKey, JiraSettings settings, JiraClient client, List<JiraOutboxRecord> chunk,
                             Tally tally) {
        List<IssueDraft> drafts = new ArrayList<>();
        List<JiraOutboxRecord> toCreate = new ArrayList<>();
        List<Made> made = new ArrayList<>();
        for (JiraOutboxRecord row : rows.claim(chunk)) {
            Item item = items.get(row.getItemId());
            IssueDraft draft = sync.draft(projectKey, settings, item);
            Instant sent = rows.lastSent(row.getItemId());
            if (linkedKey(row.getItemId()) != null) {
                rows.finish(row);
            } else if ((row.getAttempts() == 0 && sent == null)
                    || mayCreate(projectKey, client, row, sent, item, draft, made, tally)) {
                drafts.add(draft);
                toCreate.add(row);
            }
        }
        if (!drafts.isEmpty()) {
            rows.markSent(toCreate);
            List<CreateOutcome> outcomes = client.createBulk(drafts).outcomes();
            // Every ticket Jira made is linked first, before anything else in the chunk can fail.
            for (int i = 0; i < outcomes.size(); i++) {
                outcome(toCreate.get(i), outcomes.get(i), made, tally);
            }
        }
        made.forEach(m -> afterCreate(settings, client, m, tally));
    }

    /**
     * A row sent before: adopt the ticket that carries its label, or keep looking while the create may still
     * show up. True when nothing carries the label and the last send is long enough ago to create again.
     */
    private boolean mayCreate(String projectKey, JiraClient client, JiraOutboxRecord row, Instant sent, Item item,
                              IssueDraft draft, List<Made> made, Tally tally) {
        try {
            List<JiraIssue> found = new ArrayList<>(client.findByLabel(draft.itemLabel()));
            if (!found.isEmpty()) {
                adopt(row, item, draft, found, made, tally);
                found.subList(1, found.size()).forEach(other -> duplicates.sweep(projectKey, client, other));
                return false;
            }
        } catch (JiraUnavailableException e) {
            rows.defer(row, "Jira is unavailable: " + e.getMessage(), backoff(row.getAttempts() + 1));
            tally.deferred++;
            return false;
        }
        if (sent == null || !clock.instant().isBefore(sent.plus(UNCONFIRMED_BOUND))) {
            return true;
        }
        rows.defer(row, "Jira did not confirm the ticket sent at " + sent + " and no ticket carries label "
                + draft.itemLabel() + " yet; looking again until " + sent.plus(UNCONFIRMED_BOUND)
                + " before sending it again", lookupDelay(row.getAttempts()));
        tally.deferred++;
        return false;
    }

    private void adopt(JiraOutboxRecord row, Item item, IssueDraft draft, List<JiraIssue> found, List<Made> made,
                       Tally tally) {
        found.sort(Comparator.comparingLong(f -> Long.parseLong(f.id())));
        JiraIssue adopted = found.get(0);
        String note = found.size() > 1 ? "duplicate tickets carry label " + draft.itemLabel() + ": "
                + found.stream().map(JiraIssue::key).toList() + "; linked the oldest, the sweep closes the others" : null;
        rows.linked(row, adopted.key(), adopted.id(), JiraSync.fingerprint(draft, "new"), note);
        tally.adopted++;
        made.add(new Made(item, adopted.key(), draft));
    }

    private void outcome(JiraOutboxRecord row, CreateOutcome o, List<Made> made, Tally tally) {
        switch (o.kind()) {
            case CREATED -> {
                rows.linked(row, o.key(), o.id(), JiraSync.fingerprint(o.draft(), "new"), null);
                tally.created++;
                made.add(new Made(items.get(row.getItemId()), o.key(), o.draft()));
            }
            case FAILED -> {
                String reason = "Jira refused the ticket: " + o.reason();
                rows.refused(List.of(row), reason);
                tally.refused("Jira refused the ticket for item " + row.getItemId() + ": " + o.reason());
            }
            case AMBIGUOUS -> {
                rows.defer(row, "Jira did not confirm the ticket (" + o.reason() + "); it is looked up by label "
                        + "before any new attempt", AMBIGUOUS_DELAY);
                tally.deferred++;
            }
        }
    }

    /** A new ticket starts in the "new" category; move it if the item is already further along. */
    private void afterCreate(JiraSettings settings, JiraClient client, Made m, Tally tally) {
        String category = JiraSync.category(settings, m.item().status());
        if ("new".equals(category)) {
            return;
        }
        try {
            if (client.transitionToCategory(m.key(), category)) {
                tally.transitioned++;
            }
            rows.pushedHash(m.item().id(), JiraSync.fingerprint(m.draft(), category));
        } catch (JiraUnavailableException | JiraAmbiguousException e) {
            rows.queueTransition(m.item().id(), "ticket " + m.key() + " is linked; moving it failed for now: "
                    + e.getMessage(), backoff(1));
            tally.deferred++;
        } catch (JiraConfigException e) {
            if (projectWide(e)) throw e;
            String reason = "ticket " + m.key() + " is linked, but its status cannot follow the item: " + e.getMessage();
            rows.transitionRefused(m.item().id(), reason);
            tally.refused(reason);
        }
    }

    private void change(String projectKey, JiraSettings settings, JiraClient client, JiraOutboxRecord row, Tally tally) {
        String key = linkedKey(row.getItemId());
        if (key == null) {
            rows.finish(row); // not created yet: the create reads the item's current state
            return;
        }
        if (rows.claim(List.of(row)).isEmpty()) {
            return;
        }
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
            rows.linked(row, key, null, pushedHash(row, draft, category), null);
        } catch (JiraUnavailableException | JiraAmbiguousException e) {
            rows.defer(row, "Jira is unavailable: " + e.getMessage(), backoff(row.getAttempts() + 1));
            tally.deferred++;
        } catch (JiraConfigException e) {
            if (projectWide(e)) throw e;
            String reason = "Jira refused the change to " + key + ": " + e.getMessage();
            rows.refused(List.of(row), reason);
            tally.refused(reason);
        }
    }

    private String pushedHash(JiraOutboxRecord row, IssueDraft draft, String category) {
        String previous = database.read(db -> db.select(JIRA_LINK.PUSHED_HASH).from(JIRA_LINK)
                .where(JIRA_LINK.ITEM_ID.eq(row.getItemId())).fetchOne(JIRA_LINK.PUSHED_HASH));
        return JiraSync.UPDATE.equals(row.getKind()) || previous == null
                ? JiraSync.fingerprint(draft, category)
                : previous.substring(0, previous.indexOf(':') + 1) + category;
    }

    private String linkedKey(long itemId) {
        return database.read(db -> db.select(JIRA_LINK.ISSUE_KEY).from(JIRA_LINK)
                .where(JIRA_LINK.ITEM_ID.eq(itemId)).fetchOne(JIRA_LINK.ISSUE_KEY));
    }

    /** Credentials and permissions concern every write; anything else Jira refuses concerns one ticket. */
    private static boolean projectWide(JiraConfigException e) {
        return e.status() == 401 || e.status() == 403;
    }

    static Duration backoff(int attempts) {
        long minutes = Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1)));
        return Duration.ofMinutes(minutes);
    }

    /** 30 s, 1, 2, 4, 4 … minutes between looks for an unconfirmed create. */
    static Duration lookupDelay(int attempts) {
        Duration d = AMBIGUOUS_DELAY.multipliedBy(1L << Math.min(10, Math.max(0, attempts - 1)));
        return d.compareTo(LOOKUP_CAP) > 0 ? LOOKUP_CAP : d;
    }
}
