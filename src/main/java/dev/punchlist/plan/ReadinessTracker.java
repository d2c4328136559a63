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
    private final Database database;
    private final Clock clock;

    public ReadinessTracker(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Readiness current(String projectKey) {
        return database.read(db -> {
            Project project = Projects.get(db, projectKey);
            Baseline baseline = baseline(db, project.id());
            List<ScoredItem> items = db.select(ITEM.ID, ITEM.TITLE, ITEM.SEVERITY, ITEM.PHASE, ITEM.CATEGORY, ITEM.STATUS,
                            ITEM.EFFORT_MIN, ITEM.EFFORT_MAX)
                    .from(ITEM).where(ITEM.PROJECT_ID.eq(project.id()))
                    .orderBy(ITEM.PHASE, ItemRows.SEVERITY_RANK, ITEM.POSITION)
                    .fetch(row -> scored(row, project.settings()));
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

    private static ScoredItem scored(org.jooq.Record8<Long, String, String, Integer, String, String, Double, Double> row,
                                     ProjectSettings settings) {
        Status status = Status.parse("status", row.value6());
        return new ScoredItem(row.value1(), row.value2(), settings.weight(Severity.parse("severity", row.value3())),
                row.value4(), row.value5(), status == Status.DONE, status.resolved(), row.value7(), row.value8());
    }

    /**
     * Writes a snapshot when the score, level or remaining effort differs from the last one. Runs inside
     * the caller's write transaction on per-phase sums, so it costs one small aggregate query.
     */
    void recordIfMoved(DSLContext db, long projectId, String cause) {
        ProjectSettings settings = db.select(PROJECT.SETTINGS).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOne(r -> SettingsJson.read(r.value1()));
        List<PhaseTally> phases = tallies(db, projectId, Objects.requireNonNull(settings));
        double done = phases.stream().mapToDouble(PhaseTally::doneWeight).sum();
        double total = phases.stream().mapToDouble(PhaseTally::totalWeight).sum();
        double score = ReadinessModel.score(baseline(db, projectId).overall(), done, total);
        Level level = ReadinessModel.level(phases);
        double remainingMin = phases.stream().mapToDouble(PhaseTally::remainingMin).sum();
        Double remainingMax = phases.stream().anyMatch(p -> p.remainingMax() == null) ? null
                : phases.stream().mapToDouble(PhaseTally::remainingMax).sum();
        var last = db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.PROJECT_ID.eq(projectId))
                .orderBy(SCORE_SNAPSHOT.ID.desc()).limit(1).fetchOne();
        if (last != null && last.getScore() == score && last.getLevel().equals(level.name())
                && last.getRemainingMin() == remainingMin && Objects.equals(last.getRemainingMax(), remainingMax)) {
            return;
        }
        db.insertInto(SCORE_SNAPSHOT).set(SCORE_SNAPSHOT.PROJECT_ID, projectId).set(SCORE_SNAPSHOT.AT, toDb(clock.instant()))
                .set(SCORE_SNAPSHOT.SCORE, score).set(SCORE_SNAPSHOT.LEVEL, level.name())
                .set(SCORE_SNAPSHOT.REMAINING_MIN, remainingMin).set(SCORE_SNAPSHOT.REMAINING_MAX, remainingMax)
                .set(SCORE_SNAPSHOT.CAUSE, cause.length() > 300 ? cause.substring(0, 300) : cause)
                .execute();
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
