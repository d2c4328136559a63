package dev.punchlist.plan;

import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static dev.punchlist.store.schema.Tables.MENTION;
import static dev.punchlist.store.schema.Tables.PROJECT;

/** Reads and changes checklist items; every change is written with its history in one transaction. */
public final class Items {
    public static final int MAX_PAGE = 500;

    private final Database database;
    private final ItemChanges changes;
    private final ReadinessTracker readiness;

    public Items(Database database, ItemChanges changes, ReadinessTracker readiness) {
        this.database = database;
        this.changes = changes;
        this.readiness = readiness;
    }

    private volatile Consumer<Item> statusCommitted = item -> { };

    /**
     * Told after commit about each item whose status changed, so the Jira sender can go at once instead of
     * at its next poll.
     */
    public void afterStatusCommitted(Consumer<Item> listener) {
        this.statusCommitted = listener;
    }

    public Item get(long id) {
        return database.read(db -> get(db, id));
    }

    static Item get(DSLContext db, long id) {
        return db.selectFrom(ITEM).where(ITEM.ID.eq(id)).fetchOptional(ItemRows::toItem)
                .orElseThrow(() -> new NotFoundException("item " + id));
    }

    public ItemPage list(String projectKey, ItemFilter filter, int limit, String cursor) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        return database.read(db -> {
            long projectId = Projects.get(db, projectKey).id();
            List<Item> rows = db.selectFrom(ITEM)
                    .where(ITEM.PROJECT_ID.eq(projectId)).and(matching(filter)).and(after(cursor))
                    .orderBy(ITEM.PHASE, ItemRows.SEVERITY_RANK, ITEM.POSITION, ITEM.ID)
                    .limit(limit + 1).fetch(ItemRows::toItem);
            boolean more = rows.size() > limit;
            List<Item> page = more ? rows.subList(0, limit) : rows;
            return new ItemPage(List.copyOf(page), more ? cursorAfter(page.get(page.size() - 1)) : null);
        });
    }

    /** Every item of the project matching {@code filter}, in checklist order. */
    public List<Item> all(String projectKey, ItemFilter filter) {
        return database.read(db -> db.selectFrom(ITEM)
                .where(ITEM.PROJECT_ID.eq(Projects.get(db, projectKey).id())).and(matching(filter))
                .orderBy(ITEM.PHASE, ItemRows.SEVERITY_RANK, ITEM.POSITION, ITEM.ID).fetch(ItemRows::toItem));
    }

    /**
     * Every item of the project as a summary, in checklist order: what a page of all items lists. Kept in
     * memory in step with this server's commits (a change made by another process shows within seconds).
     */
    public List<ItemSummary> summaries(Project project) {
        return readiness.summaries(project);
    }

    /** Ids of the project's items whose title or description contains {@code text}, ignoring case. */
    public Set<Long> idsContaining(String projectKey, String text) {
        return database.read(db -> db.select(ITEM.ID).from(ITEM)
                .where(ITEM.PROJECT_ID.eq(Projects.get(db, projectKey).id()))
                .and(matching(new ItemFilter(null, null, null, null, null, text))).fetchSet(ITEM.ID));
    }

    private static Condition matching(ItemFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.phase() != null) {
            conditions.add(ITEM.PHASE.eq(filter.phase()));
        }
        if (filter.severity() != null) {
            conditions.add(ITEM.SEVERITY.eq(filter.severity().label()));
        }
        if (filter.status() != null) {
            conditions.add(ITEM.STATUS.eq(filter.status().label()));
        }
        if (filter.assignee() != null) {
            conditions.add(filter.assignee().isEmpty() ? ITEM.ASSIGNEE.isNull() : ITEM.ASSIGNEE.eq(filter.assignee()));
        }
        if (filter.category() != null) {
            conditions.add(ITEM.CATEGORY.equalIgnoreCase(filter.category()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add(ITEM.TITLE.containsIgnoreCase(filter.q()).or(ITEM.DETAIL.containsIgnoreCase(filter.q())));
        }
        return DSL.and(conditions);
    }

    private static Condition after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return DSL.noCondition();
        }
        long[] key = decode(cursor);
        return DSL.row(ITEM.PHASE, ItemRows.SEVERITY_RANK, ITEM.POSITION, ITEM.ID)
                .gt(DSL.row(DSL.val((int) key[0]), DSL.val((int) key[1]), DSL.val((int) key[2]), DSL.val(key[3])));
    }

    private static String cursorAfter(Item last) {
        String key = last.phase() + ":" + last.severity().ordinal() + ":" + last.position() + ":" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            long[] key = new long[4];
            for (int i = 0; i < 4; i++) {
                key[i] = Long.parseLong(parts[i]);
            }
            return key;
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor this server handed out");
        }
    }

    public Item update(long id, Integer expectedVersion, ItemPatch patch, Actor actor) {
        ItemChanges.Applied applied = database.write(db -> changes.apply(db, id, expectedVersion, patch, actor));
        readiness.itemsChanged(List.of(applied.item()), applied.scoreCause());
        if (applied.statusChanged()) {
            statusCommitted.accept(applied.item());
        }
        return applied.item();
    }

    /** Applies every update or none. */
    public List<Item> updateAll(String projectKey, List<ItemUpdate> updates, Actor actor) {
        if (updates.isEmpty() || updates.size() > MAX_PAGE) {
            throw new InvalidInputException("items", "must hold 1 to " + MAX_PAGE + " updates");
        }
        List<ItemChanges.Applied> applied = database.write(db -> {
            long projectId = Projects.get(db, projectKey).id();
            List<ItemChanges.Applied> changed = new ArrayList<>();
            for (ItemUpdate update : updates) {
                requireInProject(db, update.id(), projectId);
                changed.add(changes.apply(db, update.id(), update.version(), update.patch(), actor));
            }
            return changed;
        });
        boolean movesScore = applied.stream().anyMatch(a -> a.scoreCause() != null);
        readiness.itemsChanged(applied.stream().map(ItemChanges.Applied::item).toList(),
                movesScore ? applied.size() + " items changed by " + actor.name() : null);
        applied.stream().filter(ItemChanges.Applied::statusChanged).forEach(a -> statusCommitted.accept(a.item()));
        return applied.stream().map(ItemChanges.Applied::item).toList();
    }

    private static void requireInProject(DSLContext db, long itemId, long projectId) {
        if (!db.fetchExists(ITEM, ITEM.ID.eq(itemId).and(ITEM.PROJECT_ID.eq(projectId)))) {
            throw new NotFoundException("item " + itemId + " in this project");
        }
    }

    public List<HistoryEntry> history(long id) {
        return database.read(db -> {
            get(db, id);
            return db.selectFrom(ITEM_HISTORY).where(ITEM_HISTORY.ITEM_ID.eq(id)).orderBy(ITEM_HISTORY.ID)
                    .fetch(r -> new HistoryEntry(r.getId(), r.getItemId(), fromDb(r.getAt()), r.getActor(),
                            r.getSource(), r.getField(), r.getOldValue(), r.getNewValue(), r.getReason()));
        });
    }

    public List<ItemMention> mentions(long id) {
        return database.read(db -> db.selectFrom(MENTION).where(MENTION.ITEM_ID.eq(id)).orderBy(MENTION.AUDIT_ID, MENTION.LINE)
                .fetch(r -> new ItemMention(r.getAuditId(), r.getLine(), r.getEndLine(), r.getHeadingPath(), r.getQuote())));
    }

    public String projectKeyOf(Item item) {
        return database.read(db -> db.select(PROJECT.KEY).from(PROJECT).where(PROJECT.ID.eq(item.projectId())).fetchOne(PROJECT.KEY));
    }

    /** One entry of a bulk change. */
    public record ItemUpdate(long id, Integer version, ItemPatch patch) {
    }

    static ItemRecord row(DSLContext db, long id) {
        return db.fetchOptional(ITEM, ITEM.ID.eq(id)).orElseThrow(() -> new NotFoundException("item " + id));
    }
}
