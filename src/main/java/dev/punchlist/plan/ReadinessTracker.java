package dev.punchlist.plan;

import dev.punchlist.score.Level;
import dev.punchlist.score.PhaseTally;
import dev.punchlist.score.Readiness;
import dev.punchlist.score.ReadinessModel;
import dev.punchlist.score.ScoredItem;
import dev.punchlist.score.Snapshot;
import dev.punchlist.store.Database;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.util.ArrayList;
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
import static dev.punchlist.store.schema.Tables.PROJECT;
import static dev.punchlist.store.schema.Tables.SCORE_SNAPSHOT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

/** Computes a project's readiness from its items and keeps the time series of snapshots. */
public final class ReadinessTracker {
    private static final int MAX_PASSES_IN_CALLER = 3;

    private final Database database;
    private final Clock clock;
    private final Map<Long, Rescoring> pending = new ConcurrentHashMap<>();
    private final Executor background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rescoring");
        thread.setDaemon(true);
        return thread;
    });

    public ReadinessTracker(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Readiness current(String projectKey) {
        return database.read(db -> {
            Project project = Projects.get(db, projectKey);
            Baseline baseline = baseline(db, project.id());
            Map<Long, String> doneTitles = db.select(ITEM.ID, ITEM.TITLE).from(ITEM)
                    .where(ITEM.PROJECT_ID.eq(project.id())).and(ITEM.STATUS.eq(Status.DONE.label()))
                    .fetchMap(ITEM.ID, ITEM.TITLE);
            // Only the columns of the item_project_tally index, so SQLite never visits the rows; titles are
            // needed for done items alone (they explain the score).
            List<ScoredItem> items = db.select(ITEM.ID, ITEM.SEVERITY, ITEM.PHASE, ITEM.CATEGORY, ITEM.STATUS,
                            ITEM.EFFORT_MIN, ITEM.EFFORT_MAX)
                    .from(ITEM).where(ITEM.PROJECT_ID.eq(project.id()))
                    .fetch(row -> scored(row, doneTitles, project.settings()));
            return ReadinessModel.compute(baseline.overall(), baseline.categories(), items);
        });
    }

    /**
     * The readiness computed from items the caller already read (all of the project's items), so a
     * page that lists them does not read them a second time.
     */
    public Readiness current(Project project, List<ItemSummary> allItems) {
        return database.read(db -> {
            Baseline baseline = baseline(db, project.id());
            return ReadinessModel.compute(baseline.overall(), baseline.categories(),
                    allItems.stream().map(item -> scored(item, project.settings())).toList());
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

    static ScoredItem scored(ItemSummary item, ProjectSettings settings) {
        return new ScoredItem(item.id(), item.title(), settings.weight(item.severity()), item.phase(), item.category(),
                item.status() == Status.DONE, item.status().resolved(), item.effort().min(), item.effort().max());
    }

    private static ScoredItem scored(org.jooq.Record7<Long, String, Integer, String, String, Double, Double> row,
                                     Map<Long, String> doneTitles, ProjectSettings settings) {
        Status status = Status.parse("status", row.value5());
        return new ScoredItem(row.value1(), doneTitles.get(row.value1()), settings.weight(Severity.parse("severity", row.value2())),
                row.value3(), row.value4(), status == Status.DONE, status.resolved(), row.value6(), row.value7());
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
        Rescoring rescoring = pending.computeIfAbsent(projectId, id -> new Rescoring());
        rescoring.causes.add(cause);
        if (!rescoring.drain(projectId, MAX_PASSES_IN_CALLER) && !rescoring.causes.isEmpty()) {
            background.execute(() -> rescoring.drain(projectId, Integer.MAX_VALUE));
        }
    }

    private final class Rescoring {
        private final ReentrantLock lock = new ReentrantLock();
        private final Queue<String> causes = new ConcurrentLinkedQueue<>();

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
    }

    private static String describe(List<String> causes) {
        String latest = causes.get(causes.size() - 1);
        return causes.size() == 1 ? latest : causes.size() + " changes, the latest: " + latest;
    }

    private void recordIfMoved(long projectId, String cause) {
        Snapshot now = database.read(db -> measure(db, projectId, cause));
        if (now == null) {
            return; // the project was deleted meanwhile
        }
        database.write(db -> {
            var last = db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.PROJECT_ID.eq(projectId))
                    .orderBy(SCORE_SNAPSHOT.ID.desc()).limit(1).fetchOne();
            if (last != null && last.getScore() == now.score() && last.getLevel().equals(now.level().name())
                    && last.getRemainingMin() == now.remainingMin() && Objects.equals(last.getRemainingMax(), now.remainingMax())) {
                return null;
            }
            return db.insertInto(SCORE_SNAPSHOT).set(SCORE_SNAPSHOT.PROJECT_ID, projectId).set(SCORE_SNAPSHOT.AT, toDb(now.at()))
                    .set(SCORE_SNAPSHOT.SCORE, now.score()).set(SCORE_SNAPSHOT.LEVEL, now.level().name())
                    .set(SCORE_SNAPSHOT.REMAINING_MIN, now.remainingMin()).set(SCORE_SNAPSHOT.REMAINING_MAX, now.remainingMax())
                    .set(SCORE_SNAPSHOT.CAUSE, cause.length() > 300 ? cause.substring(0, 300) : cause)
                    .execute();
        });
    }

    /** The project's score from per-phase sums: one small aggregate query instead of reading every item. */
    private Snapshot measure(DSLContext db, long projectId, String cause) {
        ProjectSettings settings = db.select(PROJECT.SETTINGS).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOne(r -> SettingsJson.read(r.value1()));
        if (settings == null) {
            return null;
        }
        List<PhaseTally> phases = tallies(db, projectId, settings);
        double done = phases.stream().mapToDouble(PhaseTally::doneWeight).sum();
        double total = phases.stream().mapToDouble(PhaseTally::totalWeight).sum();
        double score = ReadinessModel.score(baseline(db, projectId).overall(), done, total);
        double remainingMin = phases.stream().mapToDouble(PhaseTally::remainingMin).sum();
        Double remainingMax = phases.stream().anyMatch(p -> p.remainingMax() == null) ? null
                : phases.stream().mapToDouble(PhaseTally::remainingMax).sum();
        return new Snapshot(clock.instant(), score, ReadinessModel.level(phases), remainingMin, remainingMax, cause);
    }

    private static List<PhaseTally> tallies(DSLContext db, long projectId, ProjectSettings settings) {
        List<PhaseTally> phases = new ArrayList<>(List.of(PhaseTally.empty(0), PhaseTally.empty(1), PhaseTally.empty(2)));
        var openEnded = sum(org.jooq.impl.DSL.when(ITEM.EFFORT_MAX.isNull(), 1).otherwise(0));
        for (Record row : db.select(ITEM.PHASE, ITEM.SEVERITY, ITEM.STATUS, count(), sum(ITEM.EFFORT_MIN), sum(ITEM.EFFORT_MAX), openEnded)
                .from(ITEM).where(ITEM.PROJECT_ID.eq(projectId)).groupBy(ITEM.PHASE, ITEM.SEVERITY, ITEM.STATUS).fetch()) {
            int phase = row.get(ITEM.PHASE);
            phases.set(phase, merge(phases.get(phase), row, settings, openEnded));
        }
        return phases;
    }

    private static PhaseTally merge(PhaseTally tally, Record row, ProjectSettings settings, org.jooq.Field<java.math.BigDecimal> openEnded) {
        Status status = Status.parse("status", row.get(ITEM.STATUS));
        int count = row.get(3, Integer.class);
        double weight = (double) settings.weight(Severity.parse("severity", row.get(ITEM.SEVERITY))) * count;
        boolean open = !status.resolved();
        double min = open ? row.get(4, Double.class) : 0;
        Double max = !open ? tally.remainingMax()
                : tally.remainingMax() == null || row.get(openEnded).intValue() > 0 ? null : tally.remainingMax() + row.get(5, Double.class);
        boolean done = status == Status.DONE;
        return new PhaseTally(tally.phase(), tally.total() + count, tally.resolved() + (open ? 0 : count),
                tally.done() + (done ? count : 0), tally.totalWeight() + weight, tally.doneWeight() + (done ? weight : 0),
                tally.remainingMin() + min, max);
    }

    /** The newest audit's stated score (0–100) and category scores; 0 when no audit states one. */
    static Baseline baseline(DSLContext db, long projectId) {
        return db.select(AUDIT.BASELINE, AUDIT.CATEGORIES).from(AUDIT)
                .where(AUDIT.PROJECT_ID.eq(projectId)).and(AUDIT.BASELINE.isNotNull())
                .orderBy(AUDIT.ID.desc()).limit(1)
                .fetchOptional(r -> new Baseline(r.value1(), Importer.categories(r.value2())))
                .orElse(new Baseline(0, Map.of()));
    }

    record Baseline(double overall, Map<String, Double> categories) {
    }
}
