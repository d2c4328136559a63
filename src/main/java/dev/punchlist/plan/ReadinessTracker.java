package dev.punchlist.plan;

import dev.punchlist.score.Level;
import dev.punchlist.score.PhaseTally;
import dev.punchlist.score.Readiness;
import dev.punchlist.score.ReadinessModel;
import dev.punchlist.score.ScoredItem;
import dev.punchlist.score.Snapshot;
import dev.punchlist.store.Database;
import dev.punchlist.store.Prerendered;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.AUDIT;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.MENTION;
import static dev.punchlist.store.schema.Tables.SCORE_SNAPSHOT;

/** Computes a project's readiness from its items and keeps the time series of snapshots. */
public final class ReadinessTracker {
    private static final int MAX_PASSES_IN_CALLER = 3;
    /** Written after most changes, so rendered once. */
    private static final Prerendered SNAPSHOT = Prerendered.of(db -> db.insertInto(SCORE_SNAPSHOT,
                    SCORE_SNAPSHOT.PROJECT_ID, SCORE_SNAPSHOT.AT, SCORE_SNAPSHOT.SCORE, SCORE_SNAPSHOT.LEVEL,
                    SCORE_SNAPSHOT.REMAINING_MIN, SCORE_SNAPSHOT.REMAINING_MAX, SCORE_SNAPSHOT.CAUSE)
            .values(DSL.param("project", SCORE_SNAPSHOT.PROJECT_ID), DSL.param("at", SCORE_SNAPSHOT.AT),
                    DSL.param("score", SCORE_SNAPSHOT.SCORE), DSL.param("level", SCORE_SNAPSHOT.LEVEL),
                    DSL.param("min", SCORE_SNAPSHOT.REMAINING_MIN), DSL.param("max", SCORE_SNAPSHOT.REMAINING_MAX),
                    DSL.param("cause", SCORE_SNAPSHOT.CAUSE)));

    private final Database database;
    private final Clock clock;
    private final ItemSummaries summaries;
    private final Map<Long, Rescoring> pending = new ConcurrentHashMap<>();
    private final Executor background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rescoring");
        thread.setDaemon(true);
        return thread;
    });

    public ReadinessTracker(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.summaries = new ItemSummaries(database);
    }

    public Readiness current(String projectKey) {
        Project project = database.read(db -> Projects.get(db, projectKey));
        ItemSummaries.Loaded loaded = summaries.of(project.id());
        return ReadinessModel.compute(loaded.baseline().overall(), loaded.baseline().categories(), loaded.scored(),
                loaded.baseline().sections());
    }

    /** Every item of the project as a summary, in checklist order, as of the last commit. */
    List<ItemSummary> summaries(Project project) {
        ItemSummaries.Loaded loaded = summaries.of(project.id());
        return loaded == null ? List.of() : loaded.inChecklistOrder();
    }

    /**
     * The readiness computed from items the caller already read (all of the project's items), so a
     * page that lists them does not read them a second time.
     */
    public Readiness current(Project project, List<ItemSummary> allItems) {
        return database.read(db -> {
            Baseline baseline = baseline(db, project.id());
            return ReadinessModel.compute(baseline.overall(), baseline.categories(),
                    allItems.stream().map(item -> scored(item, project.settings())).toList(), baseline.sections());
        });
    }

    public List<Snapshot> history(String projectKey) {
        return database.read(db -> {
            long projectId = Projects.get(db, projectKey).id();
            return db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.PROJECT_ID.eq(projectId)).orderBy(SCORE_SNAPSHOT.ID)
                    .fetch(r -> new Snapshot(fromDb(r.getAt()), r.getScore(), Level.valueOf(r.getLevel().toUpperCase()),
                            r.getRemainingMin(), r.getRemainingMax(), r.getCause()));
        });
    }

    public static ScoredItem scored(ItemSummary item, ProjectSettings settings) {
        return new ScoredItem(item.id(), item.title(), settings.weight(item.severity()), item.phase(), item.category(),
                item.status() == Status.DONE, item.status().resolved(), item.effort().min(), item.effort().max());
    }

    /**
     * Re-scores a project after a change to it has committed, and writes a snapshot when the score, level or
     * remaining effort moved. Scoring reads on a reader connection, so it never holds the single writer while it
     * aggregates; only the snapshot insert is a (tiny) write. Concurrent changes to one project are coalesced:
     * while one thread scores, the others leave their cause and return, and the scoring thread goes again, so
     * the newest snapshot always reflects the newest commit. A caller scores at most twice for others; any
     * work still pending then moves to a background thread so no request waits on a busy project.
     */
    public void changed(long projectId, String cause) {
        summaries.forget(projectId);
        rescore(projectId, cause);
    }

    /**
     * Told after commit about items changed one by one (all of one project); re-scores when {@code cause} says
     * the score may have moved, and otherwise only keeps what readiness shows of them (titles) up to date.
     */
    void itemsChanged(List<Item> changed, String cause) {
        changed.forEach(summaries::committed);
        if (cause != null && !changed.isEmpty()) {
            rescore(changed.get(0).projectId(), cause);
        }
    }

    private void rescore(long projectId, String cause) {
        Rescoring rescoring = pending.computeIfAbsent(projectId, id -> new Rescoring());
        rescoring.causes.add(cause);
        if (!rescoring.drain(projectId, MAX_PASSES_IN_CALLER) && !rescoring.causes.isEmpty()) {
            background.execute(() -> rescoring.drain(projectId, Integer.MAX_VALUE));
        }
    }

    private final class Rescoring {
        private final ReentrantLock lock = new ReentrantLock();
        private final Queue<String> causes = new ConcurrentLinkedQueue<>();
        /** The project's newest snapshot, once read or written; guarded by {@link #lock}. */
        private Snapshot newest;

        /** Scores while causes are pending and nobody else is scoring; false when it stopped with work left. */
        boolean drain(long projectId, int maxPasses) {
            int passes = 0;
            while (!causes.isEmpty() && lock.tryLock()) {
                try {
                    if (passes++ == maxPasses) {
                        return false;
                    }
                    List<String> taken = new ArrayList<>();
                    for (String cause = causes.poll(); cause != null; cause = causes.poll()) {
                        taken.add(cause);
                    }
                    if (!taken.isEmpty()) {
                        recordIfMoved(projectId, describe(taken));
                    }
                } finally {
                    lock.unlock();
                }
            }
            return true;
        }

        /** Writes a snapshot when score, level or remaining effort moved since the newest one. */
        private void recordIfMoved(long projectId, String cause) {
            ItemSummaries.Loaded loaded = summaries.of(projectId);
            if (loaded == null) {
                return; // the project was deleted meanwhile
            }
            Snapshot now = measure(loaded, cause);
            if (newest == null) {
                newest = newestWritten(projectId);
            }
            if (newest != null && sameReading(newest, now)) {
                return;
            }
            String why = cause.length() > 300 ? cause.substring(0, 300) : cause;
            database.write(db -> SNAPSHOT.execute(db, projectId, toDb(now.at()), now.score(), now.level().name(),
                    now.remainingMin(), now.remainingMax(), why));
            newest = now;
        }
    }

    private Snapshot newestWritten(long projectId) {
        return database.read(db -> db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.PROJECT_ID.eq(projectId))
                .orderBy(SCORE_SNAPSHOT.ID.desc()).limit(1)
                .fetchOne(r -> new Snapshot(fromDb(r.getAt()), r.getScore(), Level.valueOf(r.getLevel().toUpperCase()),
                        r.getRemainingMin(), r.getRemainingMax(), r.getCause())));
    }

    private static boolean sameReading(Snapshot a, Snapshot b) {
        return a.score() == b.score() && a.level() == b.level() && a.remainingMin() == b.remainingMin()
                && Objects.equals(a.remainingMax(), b.remainingMax());
    }

    private static String describe(List<String> causes) {
        String latest = causes.get(causes.size() - 1);
        return causes.size() == 1 ? latest : causes.size() + " changes, the latest: " + latest;
    }

    /** The project's score from the items kept in memory: no read of the project's rows. */
    private Snapshot measure(ItemSummaries.Loaded loaded, String cause) {
        List<PhaseTally> phases = ReadinessModel.tally(loaded.scoredInPlace());
        double done = phases.stream().mapToDouble(PhaseTally::doneWeight).sum();
        double total = phases.stream().mapToDouble(PhaseTally::totalWeight).sum();
        double score = ReadinessModel.score(loaded.baseline().overall(), done, total);
        double remainingMin = phases.stream().mapToDouble(PhaseTally::remainingMin).sum();
        Double remainingMax = phases.stream().anyMatch(p -> p.remainingMax() == null) ? null
                : phases.stream().mapToDouble(PhaseTally::remainingMax).sum();
        return new Snapshot(clock.instant(), score, ReadinessModel.level(phases), remainingMin, remainingMax, cause);
    }

    /**
     * The newest audit's stated score (0–100) and category scores (0 when no audit states one), and where
     * the report mentions each item when it scores categories at all.
     */
    static Baseline baseline(DSLContext db, long projectId) {
        Baseline stated = db.select(AUDIT.BASELINE, AUDIT.CATEGORIES).from(AUDIT)
                .where(AUDIT.PROJECT_ID.eq(projectId)).and(AUDIT.BASELINE.isNotNull())
                .orderBy(AUDIT.ID.desc()).limit(1)
                .fetchOptional(r -> new Baseline(r.value1(), Importer.categories(r.value2()), Map.of()))
                .orElse(new Baseline(0, Map.of(), Map.of()));
        return stated.categories().isEmpty() ? stated
                : new Baseline(stated.overall(), stated.categories(), sections(db, projectId));
    }

    /** Each item's report sections (the headings above its mentions), from every audit of the project. */
    private static Map<Long, List<String>> sections(DSLContext db, long projectId) {
        Map<Long, List<String>> sections = new HashMap<>();
        db.select(MENTION.ITEM_ID, MENTION.HEADING_PATH).from(MENTION).join(ITEM).on(ITEM.ID.eq(MENTION.ITEM_ID))
                .where(ITEM.PROJECT_ID.eq(projectId)).and(MENTION.HEADING_PATH.ne(""))
                .forEach(r -> sections.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .addAll(List.of(r.value2().split(" › "))));
        return sections;
    }

    record Baseline(double overall, Map<String, Double> categories, Map<Long, List<String>> sections) {
    }
}
