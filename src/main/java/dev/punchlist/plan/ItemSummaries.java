package dev.punchlist.plan;

import dev.punchlist.score.ScoredItem;
import dev.punchlist.store.Database;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.PROJECT;

/**
 * The summaries of the items of recently used projects, kept in memory and in step with commits, so a
 * readiness answer, a re-score after a change or a checklist page never reads a project's 2,000 rows again.
 *
 * <p>Single-item changes are applied after their commit ({@link #committed}); a newer version always
 * wins, so two commits reported out of order leave the newer one. Anything else that changes items
 * (an import, an added item, a bulk change) drops the project ({@link #forget}) and the next read loads
 * it afresh. Changes reported while a load reads are applied to what it read before it is installed, so
 * a load never brings back a state older than a change it missed, and steady traffic cannot keep a load
 * from installing; a load that a {@code forget} overtook is dropped. Another process writing to the same
 * database file (an import from the command line while the server runs) reports nothing here, but the
 * database notices its commits ({@link Database#othersCommits}) and every project is read again.
 */
final class ItemSummaries {
    /** Beyond this many projects the cache starts over rather than grow without bound. */
    private static final int MAX_PROJECTS = 500;

    /** The checklist's order: phase, severity, the report's order, then id. */
    private static final Comparator<ItemSummary> CHECKLIST_ORDER = Comparator.comparingInt(ItemSummary::phase)
            .thenComparing(ItemSummary::severity).thenComparingInt(ItemSummary::position).thenComparingLong(ItemSummary::id);

    private final Database database;
    private final Map<Long, Slot> projects = new ConcurrentHashMap<>();

    ItemSummaries(Database database) {
        this.database = database;
    }

    /** One item, and what readiness makes of it under the project's settings (made once, not per re-score). */
    record Entry(ItemSummary summary, ScoredItem scored) {
        static Entry of(ItemSummary summary, ProjectSettings settings) {
            return new Entry(summary, ReadinessTracker.scored(summary, settings));
        }
    }

    /** A project's settings, items in id order and the baseline of its newest audit, as of one moment. */
    record Loaded(ProjectSettings settings, Map<Long, Entry> rows, ReadinessTracker.Baseline baseline, long othersCommits) {
        List<ScoredItem> scored() {
            return rows.values().stream().map(Entry::scored).toList();
        }

        /** The same items without copying them into a list: a re-score after each change walks them once. */
        Iterable<ScoredItem> scoredInPlace() {
            return () -> new Iterator<>() {
                private final Iterator<Entry> entries = rows.values().iterator();

                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public ScoredItem next() {
                    return entries.next().scored();
                }
            };
        }

        List<ItemSummary> inChecklistOrder() {
            return rows.values().stream().map(Entry::summary).sorted(CHECKLIST_ORDER).toList();
        }
    }

    /** The project as readiness sees it, or {@code null} when there is no such project. */
    Loaded of(long projectId) {
        if (projects.size() > MAX_PROJECTS) {
            projects.clear();
        }
        Slot slot = projects.computeIfAbsent(projectId, id -> new Slot());
        long othersCommits = database.othersCommits();
        Loaded cached = slot.loaded();
        if (cached != null && cached.othersCommits() == othersCommits) {
            return cached;
        }
        long generation = slot.beginLoad();
        Loaded loaded = null;
        try {
            loaded = database.read(db -> load(db, projectId, othersCommits));
        } finally {
            slot.endLoad(loaded, generation);
        }
        return loaded;
    }

    /** Called after {@code item}'s change has committed. */
    void committed(Item item) {
        projects.computeIfAbsent(item.projectId(), id -> new Slot()).committed(item.summary());
    }

    /** Called after a change this class cannot follow row by row has committed. */
    void forget(long projectId) {
        projects.computeIfAbsent(projectId, id -> new Slot()).forget();
    }

    private static Loaded load(DSLContext db, long projectId, long othersCommits) {
        ProjectSettings settings = db.select(PROJECT.SETTINGS).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOne(r -> SettingsJson.read(r.value1()));
        if (settings == null) {
            return null;
        }
        Map<Long, Entry> rows = new ConcurrentSkipListMap<>();
        db.select(ItemRows.SUMMARY).from(ITEM).where(ITEM.PROJECT_ID.eq(projectId))
                .forEach(r -> rows.put(r.get(ITEM.ID), Entry.of(ItemRows.toSummary(r), settings)));
        return new Loaded(settings, rows, ReadinessTracker.baseline(db, projectId), othersCommits);
    }

    /**
     * One project's cached state, with what it takes to install a load safely: the changes reported while
     * loads are reading, and a generation that each {@code forget} moves on.
     */
    private static final class Slot {
        private Loaded loaded;
        private long generation;
        private int loading;
        private List<ItemSummary> reportedWhileLoading = new ArrayList<>();

        synchronized Loaded loaded() {
            return loaded;
        }

        synchronized long beginLoad() {
            loading++;
            return generation;
        }

        /** Installs {@code fresh} (if any) with the changes reported meanwhile, unless a forget overtook it. */
        synchronized void endLoad(Loaded fresh, long generationAtStart) {
            if (fresh != null && generation == generationAtStart) {
                reportedWhileLoading.forEach(row -> merge(fresh, row));
                loaded = fresh;
            }
            if (--loading == 0) {
                reportedWhileLoading.clear();
            }
        }

        synchronized void committed(ItemSummary row) {
            if (loaded != null) {
                merge(loaded, row);
            }
            if (loading > 0) {
                reportedWhileLoading.add(row);
            }
        }

        synchronized void forget() {
            generation++;
            loaded = null;
        }

        /** A newer version wins, so reports that arrive out of order leave the newest. */
        private static void merge(Loaded into, ItemSummary row) {
            into.rows().merge(row.id(), Entry.of(row, into.settings()),
                    (old, now) -> now.summary().version() >= old.summary().version() ? now : old);
        }
    }
}
