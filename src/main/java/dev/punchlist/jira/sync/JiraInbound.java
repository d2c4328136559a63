package dev.punchlist.jira.sync;

import dev.punchlist.jira.JiraClient;
import dev.punchlist.jira.JiraConfigException;
import dev.punchlist.jira.JiraIssue;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.DueDates;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.StaleVersionException;
import dev.punchlist.plan.Status;
import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.JiraLinkRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;

/**
 * Brings changes made in Jira back to items: one ticket as read from Jira (after a webhook), or every ticket
 * updated since the last reconciliation ({@link #pull}). The latest change wins: a ticket's status and due date
 * are applied only if the ticket was updated after the item; the change is recorded as coming from Jira and not
 * echoed. A due date removed in Jira does not clear the item's: a Jira project whose screens lack the field
 * shows no due date on any ticket, and that must not wipe the team's dates.
 */
public final class JiraInbound {
    /** Who Jira's changes are recorded as, in the item history. */
    public static final Actor JIRA = new Actor("jira", Actor.JIRA);
    /** Re-read a little before the last pull: Jira's {@code updated} is indexed with some lag. */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private final Database database;
    private final Items items;
    private final JiraSettingsStore store;
    private final SyncWorker worker;
    private final JiraSync sync;
    private final Clock clock;

    public JiraInbound(Database database, Items items, JiraSettingsStore store, SyncWorker worker, JiraSync sync, Clock clock) {
        this.database = database;
        this.items = items;
        this.store = store;
        this.worker = worker;
        this.sync = sync;
        this.clock = clock;
    }

    /** What one ticket did to its item. */
    public enum Outcome {
        /** the item's status or due date changed to follow the ticket */
        CHANGED,
        /** item and ticket already agree */
        IN_STEP,
        /** punchlist changed the item after the ticket's last update: the item's state stands and is pushed */
        KEPT_PUNCHLIST,
        /** no item of this project is linked to the ticket */
        NOT_LINKED
    }

    /** What a reconciliation did; {@code problem} is set when Jira refused the settings. */
    public record PullReport(int read, int changed, int keptPunchlist, String problem) {
    }

    /**
     * Re-reads one ticket from Jira and applies it; empty when Jira no longer has it. A ticket no item is
     * linked to is not read at all (a site-wide webhook reports every ticket of every project).
     */
    public Optional<Outcome> refresh(String projectKey, String issueKey) {
        if (link(projectKey, issueKey).isEmpty()) {
            return Optional.of(Outcome.NOT_LINKED);
        }
        JiraClient client = worker.client(projectKey);
        return client.getIssue(issueKey).map(issue -> apply(projectKey, client.settings(), issue));
    }

    public PullReport pull(String projectKey) {
        JiraClient client = worker.client(projectKey);
        Instant started = clock.instant();
        Optional<Instant> since = store.pulledAt(projectKey).or(() -> oldestLink(projectKey));
        if (since.isEmpty()) {
            store.recordPull(projectKey, started); // nothing linked yet: nothing to bring back
            return new PullReport(0, 0, 0, null);
        }
        int[] tally = new int[3];
        try {
            client.searchUpdatedWithin(Duration.between(since.get(), started).plus(OVERLAP), issue -> {
                tally[0]++;
                Outcome outcome = apply(projectKey, client.settings(), issue);
                if (outcome == Outcome.NOT_LINKED) {
                    worker.sweepDuplicate(projectKey, client, issue); // a new ticket shows up here: is it a second one?
                }
                tally[1] += outcome == Outcome.CHANGED ? 1 : 0;
                tally[2] += outcome == Outcome.KEPT_PUNCHLIST ? 1 : 0;
            });
        } catch (JiraConfigException e) {
            String problem = "Jira refused the configuration (HTTP " + e.status() + "): " + e.getMessage();
            store.recordProblem(projectKey, problem);
            return new PullReport(tally[0], tally[1], tally[2], problem);
        }
        // A read that works says nothing about writes: the problem stays until the settings are saved or a write works.
        store.recordPull(projectKey, started);
        return new PullReport(tally[0], tally[1], tally[2], null);
    }

    /** Applies the ticket's status category and due date to its item, if the ticket is the more recent of the two. */
    public Outcome apply(String projectKey, JiraSettings settings, JiraIssue issue) {
        Optional<JiraLinkRecord> link = link(projectKey, issue.key());
        if (link.isEmpty()) {
            return Outcome.NOT_LINKED;
        }
        Item item = items.get(link.get().getItemId());
        Status wanted = statusFor(settings, issue.statusCategoryKey(), item.status());
        // a ticket's date punchlist would refuse from a person is not taken from Jira either
        boolean newDue = issue.dueDate() != null && DueDates.accepts(issue.dueDate()) && !issue.dueDate().equals(item.due());
        if (wanted == item.status() && !newDue) {
            return Outcome.IN_STEP;
        }
        // A ticket nobody touched since its creation carries no change from Jira, only punchlist's own create.
        if (issue.updated() == null || issue.untouchedSinceCreated() || !issue.updated().toInstant().isAfter(item.updatedAt())) {
            return Outcome.KEPT_PUNCHLIST;
        }
        Item followed;
        try {
            // The version read above: a punchlist change made meanwhile is newer than the ticket, so it stands.
            followed = items.update(item.id(), item.version(), new ItemPatch(null, wanted == item.status() ? null : wanted, null,
                    newDue ? new ItemPatch.Value<>(issue.dueDate()) : null, null, null, null, null, null,
                    "from Jira: " + issue.key() + " is " + issue.statusName()), JIRA);
        } catch (StaleVersionException newer) {
            return Outcome.KEPT_PUNCHLIST;
        }
        followed(projectKey, settings, item, followed, issue);
        return Outcome.CHANGED;
    }

    /** The status an item takes when its ticket is in {@code categoryKey}; its own when they already agree. */
    static Status statusFor(JiraSettings settings, String categoryKey, Status current) {
        if (categoryKey == null || categoryKey.equals(JiraSync.category(settings, current))) {
            return current;
        }
        if (categoryKey.equals(settings.doneCategory())) {
            return Status.DONE;
        }
        return "indeterminate".equals(categoryKey) ? Status.IN_PROGRESS : Status.TODO;
    }

    /**
     * The ticket is where the item now is: remember that, so the next push does not write it back. When what was
     * last pushed matched the item before this change, the item as it is now is in step with the ticket; otherwise
     * punchlist has changes still to send, and only the status category is marked as in step.
     */
    private void followed(String projectKey, JiraSettings settings, Item before, Item after, JiraIssue issue) {
        String was = fingerprint(projectKey, settings, before);
        String now = fingerprint(projectKey, settings, after);
        database.write(db -> {
            JiraLinkRecord link = db.fetchOne(JIRA_LINK, JIRA_LINK.ITEM_ID.eq(after.id()));
            String pushed = link.getPushedHash();
            if (pushed != null && pushed.contains(":")) {
                boolean contentWasInStep = content(pushed).equals(content(was));
                link.setPushedHash(contentWasInStep ? now : content(pushed) + ":" + JiraSync.category(settings, after.status()));
            }
            link.setJiraUpdated(toDb(issue.updated().toInstant()));
            link.store();
            return null;
        });
    }

    private String fingerprint(String projectKey, JiraSettings settings, Item item) {
        return JiraSync.fingerprint(sync.draft(projectKey, settings, item), JiraSync.category(settings, item.status()));
    }

    /** The part of a push fingerprint that covers the ticket's fields, without the status category. */
    private static String content(String fingerprint) {
        return fingerprint.substring(0, fingerprint.indexOf(':'));
    }

    private Optional<JiraLinkRecord> link(String projectKey, String issueKey) {
        return database.read(db -> db.select(JIRA_LINK.fields()).from(JIRA_LINK).join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID))
                .where(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey))).and(JIRA_LINK.ISSUE_KEY.eq(issueKey))
                .fetchOptionalInto(JIRA_LINK));
    }

    private Optional<Instant> oldestLink(String projectKey) {
        return database.read(db -> Optional.ofNullable(db.select(org.jooq.impl.DSL.min(JIRA_LINK.SYNCED_AT)).from(JIRA_LINK)
                .join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID)).where(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey)))
                .fetchOne(0, java.time.LocalDateTime.class)).map(t -> fromDb(t)));
    }
}
