package dev.punchlist.jira.sync;

import dev.punchlist.jira.IssueDraft;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.NotFoundException;
import dev.punchlist.plan.Status;
import dev.punchlist.security.Secrets;
import dev.punchlist.store.Database;
import dev.punchlist.store.Prerendered;
import dev.punchlist.store.schema.tables.records.JiraLinkRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;
import static dev.punchlist.store.schema.Tables.JIRA_OUTBOX;

/**
 * Queues items for Jira. {@link #push} writes one outbox row per item in one transaction (the worker sends
 * them later); status changes made in punchlist queue a transition in the same transaction as the change.
 */
public final class JiraSync {
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String TRANSITION = "transition";
    /** Asked on every status change of every item, so rendered once. */
    private static final Prerendered LINKED = Prerendered.of(db -> db.select(JIRA_LINK.fields()).from(JIRA_LINK)
            .where(JIRA_LINK.ITEM_ID.eq(DSL.param("item", JIRA_LINK.ITEM_ID))).and(JIRA_LINK.ISSUE_KEY.isNotNull()));

    private final Database database;
    private final Items items;
    private final JiraSettingsStore settings;
    private final Clock clock;
    private final String publicUrl;

    private final Set<Long> transitionsToSend = ConcurrentHashMap.newKeySet();

    public JiraSync(Database database, Items items, JiraSettingsStore settings, Clock clock, String publicUrl) {
        this.database = database;
        this.items = items;
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    public JiraSettingsStore settingsStore() {
        return settings;
    }

    /** What a push did (or, in a dry run, would do) to one item. */
    public record Planned(long itemId, String title, String action, String issueKey) {
        /** {@code create}, {@code update}, {@code unchanged} (already in step) or {@code pending} (already queued). */
        public boolean queues() {
            return CREATE.equals(action) || UPDATE.equals(action);
        }
    }

    public List<Planned> plan(String projectKey, Selection selection) {
        JiraSettings s = settings.settings(projectKey);
        List<Item> chosen = select(projectKey, selection);
        return database.read(db -> plan(db, projectKey, s, chosen));
    }

    /** Records one outbox row per item that needs it, all in one transaction; returns the plan it followed. */
    public List<Planned> push(String projectKey, Selection selection) {
        return push(projectKey, selection, null);
    }

    /** As {@link #push(String, Selection)}, for only those of the selected items in {@code only} (all when null). */
    public List<Planned> push(String projectKey, Selection selection, Set<Long> only) {
        JiraSettings s = settings.settings(projectKey);
        List<Item> chosen = select(projectKey, selection).stream().filter(i -> only == null || only.contains(i.id())).toList();
        return database.write(db -> {
            List<Planned> planned = plan(db, projectKey, s, chosen);
            Instant now = clock.instant();
            for (Planned p : planned) {
                if (!p.queues()) {
                    continue;
                }
                db.insertInto(JIRA_OUTBOX).set(JIRA_OUTBOX.ITEM_ID, p.itemId()).set(JIRA_OUTBOX.KIND, p.action())
                        .set(JIRA_OUTBOX.CREATED_AT, toDb(now)).set(JIRA_OUTBOX.ATTEMPTS, 0).execute();
                JiraLinkRecord link = db.fetchOptional(JIRA_LINK, JIRA_LINK.ITEM_ID.eq(p.itemId())).orElseGet(() -> {
                    JiraLinkRecord r = db.newRecord(JIRA_LINK);
                    r.setItemId(p.itemId());
                    return r;
                });
                link.setState("pending");
                link.setLastError(null); // a fresh try: an earlier reason would read as this one's
                link.setNextRetryAt(null);
                link.store();
            }
            return planned;
        });
    }

    private List<Planned> plan(DSLContext db, String projectKey, JiraSettings s, List<Item> chosen) {
        Set<Long> queued = new HashSet<>(db.selectDistinct(JIRA_OUTBOX.ITEM_ID).from(JIRA_OUTBOX)
                .where(JIRA_OUTBOX.DONE_AT.isNull()).fetch(JIRA_OUTBOX.ITEM_ID));
        Map<Long, JiraLinkRecord> links = new HashMap<>();
        db.selectFrom(JIRA_LINK).where(JIRA_LINK.ITEM_ID.in(chosen.stream().map(Item::id).toList()))
                .forEach(l -> links.put(l.getItemId(), l));
        List<Planned> out = new ArrayList<>();
        for (Item item : chosen) {
            JiraLinkRecord link = links.get(item.id());
            String key = link == null ? null : link.getIssueKey();
            if (queued.contains(item.id())) {
                out.add(new Planned(item.id(), item.title(), "pending", key));
            } else if (key == null) {
                out.add(new Planned(item.id(), item.title(), CREATE, null));
            } else if (fingerprint(draft(projectKey, s, item), category(s, item.status())).equals(link.getPushedHash())) {
                out.add(new Planned(item.id(), item.title(), "unchanged", key));
            } else {
                out.add(new Planned(item.id(), item.title(), UPDATE, key));
            }
        }
        return out;
    }

    private List<Item> select(String projectKey, Selection selection) {
        if (selection.items() != null) {
            Set<Long> inProject = new HashSet<>();
            List<Item> out = new ArrayList<>();
            for (long id : new java.util.LinkedHashSet<>(selection.items())) {
                Item item = inProject(projectKey, id);
                if (inProject.add(id)) {
                    out.add(item);
                }
            }
            return out;
        }
        Set<Long> linked = database.read(db -> new HashSet<>(db.select(JIRA_LINK.ITEM_ID).from(JIRA_LINK)
                .join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID))
                .where(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey))).and(JIRA_LINK.ISSUE_KEY.isNotNull())
                .fetch(JIRA_LINK.ITEM_ID)));
        ItemFilter filter = new ItemFilter(selection.phase(), null, null, null, null, null);
        // Open items, plus resolved items that already have a ticket (so the ticket follows them to done).
        return items.all(projectKey, filter).stream().filter(i -> !i.status().resolved() || linked.contains(i.id())).toList();
    }

    private Item inProject(String projectKey, long id) {
        try {
            Item item = items.get(id);
            if (projectKey.equals(items.projectKeyOf(item))) {
                return item;
            }
        } catch (NotFoundException e) {
            // reported below, as for an item of another project
        }
        throw new InvalidInputException("item_ids", "item " + id + " is not in project " + projectKey);
    }

    /** The ticket an item should become. The label uses punchlist's project key, so it is unique per item. */
    public IssueDraft draft(String projectKey, JiraSettings s, Item item) {
        List<IssueDraft.QuotedLine> quotes = items.mentions(item.id()).stream()
                .map(m -> new IssueDraft.QuotedLine(m.line(), m.quote())).limit(20).toList();
        URI link = publicUrl.isEmpty() ? null : URI.create(publicUrl + "/items/" + item.id());
        return new IssueDraft(projectKey, String.valueOf(item.id()), item.title(), item.detail(), quotes,
                item.effortText(), link, s.priorityFor(item.severity().label()), s.extraLabels(), item.due(),
                s.parentFor(item.phase()).orElse(null));
    }

    /** The Jira status category an item's status maps to. */
    public static String category(JiraSettings s, Status status) {
        if (status.resolved()) {
            return s.doneCategory();
        }
        return status == Status.IN_PROGRESS ? "indeterminate" : "new";
    }

    /** What was last sent: a hash of the ticket's fields, then the status category after a colon. */
    static String fingerprint(IssueDraft d, String category) {
        String fields = String.join("\u0000", d.summary(), String.valueOf(d.detail()), String.valueOf(d.quotes()),
                String.valueOf(d.effort()), String.valueOf(d.itemUrl()), String.valueOf(d.priorityName()),
                String.valueOf(d.labels()), String.valueOf(d.dueDate()), String.valueOf(d.parentKey()));
        return Secrets.sha256(fields) + ":" + category;
    }

    /**
     * Called by item changes inside their transaction: a punchlist status change on a linked item queues a
     * transition (changes that came from Jira do not, or they would echo back).
     */
    public void onStatusChange(DSLContext db, long itemId, Status from, Status to, Actor actor) {
        if (Actor.JIRA.equals(actor.source()) || from == to) {
            return;
        }
        if (LINKED.fetchOptional(db, JiraLinkRecord::new, itemId).isEmpty()) {
            return;
        }
        boolean queued = db.fetchExists(JIRA_OUTBOX, JIRA_OUTBOX.ITEM_ID.eq(itemId).and(JIRA_OUTBOX.DONE_AT.isNull())
                .and(JIRA_OUTBOX.KIND.in(TRANSITION, UPDATE)));
        if (!queued) {
            db.insertInto(JIRA_OUTBOX).set(JIRA_OUTBOX.ITEM_ID, itemId).set(JIRA_OUTBOX.KIND, TRANSITION)
                    .set(JIRA_OUTBOX.CREATED_AT, toDb(clock.instant())).set(JIRA_OUTBOX.ATTEMPTS, 0).execute();
        }
        transitionsToSend.add(itemId);
    }

    /**
     * True, once, after the commit of a status change that queued a transition for this item: the sender
     * should go now. (A rolled-back change leaves its id behind; that only costs one early send attempt.)
     */
    public boolean takeTransitionToSend(long itemId) {
        return transitionsToSend.remove(itemId);
    }

    /** Where one item stands with Jira. */
    public record ItemStatus(long itemId, String title, String state, String issueKey, String url, String reason,
                             Instant nextRetryAt, Instant syncedAt) {
    }

    /**
     * Where one linked item stands: {@code pending}, {@code synced} or {@code failed}; {@code url} is the ticket's
     * page in Jira when there is a ticket; {@code nextRetryAt} is null for a failure Jira would repeat until the item or the settings change.
     */
    public record Link(String state, String issueKey, String url, String reason, Instant nextRetryAt, Instant syncedAt) {
    }

    public List<ItemStatus> status(String projectKey) {
        List<Item> all = items.all(projectKey, new ItemFilter(null, null, null, null, null, null));
        Map<Long, Link> links = links(projectKey);
        List<ItemStatus> out = new ArrayList<>();
        for (Item item : all) {
            Link l = links.get(item.id());
            out.add(l == null ? new ItemStatus(item.id(), item.title(), "not_pushed", null, null, null, null, null)
                    : new ItemStatus(item.id(), item.title(), l.state(), l.issueKey(), l.url(), l.reason(), l.nextRetryAt(), l.syncedAt()));
        }
        return out;
    }

    /** The project's sync health; {@code null} when the project has no Jira settings. */
    public JiraHealth health(String projectKey) {
        JiraSettingsStore.View view = settings.find(projectKey).orElse(null);
        if (view == null) {
            return null;
        }
        Instant lastPull = settings.pulledAt(projectKey).orElse(null);
        return database.read(db -> JiraHealth.read(db, projectKey, view, lastPull));
    }

    /** The links of every item in the project, read in one query (items never pushed are absent). */
    public Map<Long, Link> links(String projectKey) {
        JiraSettings s = settings.find(projectKey).map(JiraSettingsStore.View::settings).orElse(null);
        return database.read(db -> {
            Map<Long, Link> links = new HashMap<>();
            db.select(JIRA_LINK.fields()).from(JIRA_LINK).join(ITEM).on(ITEM.ID.eq(JIRA_LINK.ITEM_ID))
                    .where(ITEM.PROJECT_ID.eq(ProjectIds.of(db, projectKey)))
                    .fetchInto(JIRA_LINK).forEach(l -> links.put(l.getItemId(), link(s, l)));
            return links;
        });
    }

    /** One item's link, or empty when it was never pushed. */
    public Optional<Link> link(String projectKey, long itemId) {
        JiraSettings s = settings.find(projectKey).map(JiraSettingsStore.View::settings).orElse(null);
        return database.read(db -> db.fetchOptional(JIRA_LINK, JIRA_LINK.ITEM_ID.eq(itemId)).map(l -> link(s, l)));
    }

    private static Link link(JiraSettings s, JiraLinkRecord l) {
        String url = l.getIssueKey() == null || s == null ? null : s.siteUrl() + "/browse/" + l.getIssueKey();
        return new Link(l.getState(), l.getIssueKey(), url, l.getLastError(),
                l.getNextRetryAt() == null ? null : fromDb(l.getNextRetryAt()),
                l.getSyncedAt() == null ? null : fromDb(l.getSyncedAt()));
    }
}
