package dev.punchlist.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.audit.Finding;
import dev.punchlist.audit.Report;
import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.AuditRecord;
import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.AUDIT;
import static dev.punchlist.store.schema.Tables.ITEM;

/**
 * Turns a report into checklist items. A re-audit matches findings to existing items (they gain a
 * mention), adds new ones, and flags open items the newer report no longer mentions. Nothing is
 * closed or deleted.
 */
public final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Items one import may make: far above any real audit, below what makes a checklist unusable. */
    public static final int MAX_FINDINGS = 5_000;
    /** Rows per write transaction: a few hundred take tens of milliseconds, so other writes never wait long. */
    static final int CHUNK = 250;
    private static final int MAX_ATTEMPTS = 3;

    private final Database database;
    private final AuditReader reader;
    private final Clock clock;
    private final ReadinessTracker readiness;
    private final Map<String, ReentrantLock> importing = new ConcurrentHashMap<>();

    public Importer(Database database, AuditReader reader, Clock clock, ReadinessTracker readiness) {
        this.database = database;
        this.reader = reader;
        this.clock = clock;
        this.readiness = readiness;
    }

    public ImportPlan preview(String projectKey, byte[] source) {
        Report report = read(source);
        return database.read(db -> plan(db, Projects.get(db, projectKey), report, sha256(source)));
    }

    public ImportResult importReport(String projectKey, byte[] source, Actor actor) {
        return importReport(projectKey, source, actor, ImportChoices.asPlanned());
    }

    /**
     * Imports with the preview's decisions. Refused with a {@link ConflictException} (field {@code plan}) when
     * the plan is no longer the one the choices were made on, so no choice lands on the wrong item.
     *
     * <p>The findings are matched on a reader connection, so the single writer never waits for the matching; the
     * writer then gets short transactions of {@value #CHUNK} rows each, and other writes go in between. Imports of
     * one project run one at a time. The first transaction checks that the project's items are still those the
     * plan was matched against (and writes the audit only then); when they moved, the report is matched again
     * (a confirm whose token no longer fits is refused). Whatever changes after that first transaction is taken
     * as it is (and so is an item's status from the start): an item deleted meanwhile stays deleted, one resolved
     * meanwhile is not flagged, one reopened meanwhile is not flagged either.
     */
    public ImportResult importReport(String projectKey, byte[] source, Actor actor, ImportChoices choices) {
        Report report = read(source);
        ReentrantLock lock = importing.computeIfAbsent(projectKey, key -> new ReentrantLock());
        lock.lock();
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                ImportResult result = attempt(projectKey, report, source, actor, choices);
                if (result != null) {
                    return result;
                }
            }
            throw new ConflictException("plan", "the project kept changing while the report was matched to its items; "
                    + "nothing was imported — try again");
        } finally {
            lock.unlock();
        }
    }

    /** Matches, then writes if the project's items are still those it matched against; {@code null} when they moved. */
    private ImportResult attempt(String projectKey, Report report, byte[] source, Actor actor, ImportChoices choices) {
        Matched matched = database.read(db -> matched(db, Projects.get(db, projectKey), report, sha256(source)));
        ImportPlan plan = matched.plan();
        if (choices.planToken() != null && !choices.planToken().equals(plan.token())) {
            throw new ConflictException("plan", "the project changed since this preview (another import or change); "
                    + "nothing was imported — check the new preview and confirm again");
        }
        if (plan.duplicate()) {
            return new ImportResult(plan.duplicateOf(), true, List.of(), List.of(), List.of());
        }
        choices.check(plan);
        LocalDateTime now = toDb(clock.instant());
        String text = new String(source, StandardCharsets.UTF_8);
        AuditRecord audit = database.write(db -> matched.stillHolds(db)
                ? ImportRows.insertAudit(db, matched.project(), plan, text, actor, now, choices.baseline()) : null);
        return audit == null ? null : written(matched.project(), plan, audit, actor, now, choices);
    }

    private Report read(byte[] source) {
        Report report = reader.read(source);
        if (report.findings().size() > MAX_FINDINGS) {
            throw new TooManyFindingsException(report.findings().size(), MAX_FINDINGS);
        }
        return report;
    }

    public List<AuditSummary> audits(String projectKey) {
        return database.read(db -> db.selectFrom(AUDIT).where(AUDIT.PROJECT_ID.eq(Projects.get(db, projectKey).id()))
                .orderBy(AUDIT.ID).fetch(Importer::summary));
    }

    private ImportPlan plan(DSLContext db, Project project, Report report, String sha) {
        return matched(db, project, report, sha).plan();
    }

    private Matched matched(DSLContext db, Project project, Report report, String sha) {
        Optional<AuditSummary> existing = db.selectFrom(AUDIT)
                .where(AUDIT.PROJECT_ID.eq(project.id())).and(AUDIT.SHA256.eq(sha)).fetchOptional(Importer::summary);
        List<ItemRecord> known = db.selectFrom(ITEM).where(ITEM.PROJECT_ID.eq(project.id())).orderBy(ITEM.POSITION, ITEM.ID).fetch();
        ItemMatcher matcher = new ItemMatcher(known);
        List<PlannedItem> items = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Long match = matcher.claim(Fingerprint.of(finding.title()));
            items.add(planned(finding, project.settings(), match));
        }
        List<Item> missing = matcher.unmatched().stream().map(ItemRows::toItem).filter(i -> !i.status().resolved()).toList();
        ImportPlan plan = new ImportPlan(report, sha, existing.orElse(null), items, known.isEmpty() ? List.of() : missing);
        return new Matched(project, plan, basisOf(known.stream().map(r -> r.into(ITEM.ID, ITEM.FINGERPRINT)).toList()));
    }

    /**
     * What a plan was matched against: the project (its effort defaults) and its items' ids and fingerprints in
     * order. Not their status, which changes all day and which the writes take as they find it (see {@link ImportRows}).
     */
    private record Matched(Project project, ImportPlan plan, String basis) {
        boolean stillHolds(DSLContext db) {
            return project.equals(Projects.get(db, project.key()))
                    && !db.fetchExists(AUDIT, AUDIT.PROJECT_ID.eq(project.id()).and(AUDIT.SHA256.eq(plan.sha256())))
                    && basis.equals(basisOf(db.select(ITEM.ID, ITEM.FINGERPRINT).from(ITEM)
                    .where(ITEM.PROJECT_ID.eq(project.id())).orderBy(ITEM.POSITION, ITEM.ID).fetch()));
        }
    }

    private static String basisOf(List<? extends Record2<Long, String>> items) {
        StringBuilder basis = new StringBuilder();
        items.forEach(item -> basis.append(item.value1()).append(' ').append(item.value2()).append('\n'));
        return sha256(basis.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static PlannedItem planned(Finding finding, ProjectSettings settings, Long match) {
        Severity severity = Severity.of(finding.severity());
        boolean stated = finding.effort() != null;
        EffortRange effort = stated ? new EffortRange(finding.effort().minHours(), finding.effort().maxHours())
                : settings.effortFor(severity);
        return new PlannedItem(finding, severity, finding.phase(), effort, stated, match);
    }

    /** Writes the plan's rows after its audit, in short transactions; readiness is re-scored even when one fails. */
    private ImportResult written(Project project, ImportPlan plan, AuditRecord audit, Actor actor, LocalDateTime now,
                                 ImportChoices choices) {
        long auditId = audit.getId();
        List<Item> created = new ArrayList<>();
        List<Item> matched = new ArrayList<>();
        List<Item> flagged = new ArrayList<>();
        Map<Integer, Long> itemOfRow = new HashMap<>();
        try {
            inChunks(auditId, plan.items().size(), (db, from, to) -> {
                int position = ImportRows.nextPosition(db, project.id());
                for (int i = from; i < to; i++) {
                    PlannedItem planned = plan.items().get(i);
                    ImportChoices.Row choice = choices.row(i);
                    if (choice.skip() || choice.mergeInto() != null) {
                        continue;
                    }
                    Item item = planned.isNew() ? ImportRows.insertItem(db, project, auditId, planned, choice, position++, actor, now)
                            : ImportRows.rematch(db, planned.matchedItemId(), auditId, planned.finding());
                    if (item != null) {
                        (planned.isNew() ? created : matched).add(item);
                        itemOfRow.put(i, item.id());
                    }
                }
            });
            List<Integer> merges = choices.rows().entrySet().stream()
                    .filter(e -> !e.getValue().skip() && itemOfRow.containsKey(e.getValue().mergeInto())).map(Map.Entry::getKey).toList();
            inChunks(auditId, merges.size(), (db, from, to) -> merges.subList(from, to).forEach(i -> ImportRows.addMentions(
                    db, itemOfRow.get(choices.row(i).mergeInto()), auditId, plan.items().get(i).finding())));
            List<Item> missing = choices.flagMissing() ? plan.missing() : List.of();
            inChunks(auditId, missing.size(), (db, from, to) -> missing.subList(from, to).stream()
                    .map(item -> ImportRows.flag(db, item.id(), auditId, actor, now)).filter(Objects::nonNull).forEach(flagged::add));
        } finally {
            readiness.changed(project.id(), "imported " + (audit.getTitle() == null ? "a report" : audit.getTitle()));
        }
        return new ImportResult(summary(audit), false, created, matched, flagged);
    }

    @FunctionalInterface
    private interface Chunk {
        void write(DSLContext db, int from, int to);
    }

    /** Rows {@code 0..count} of an import, {@value #CHUNK} per transaction, each after checking the import still stands. */
    private void inChunks(long auditId, int count, Chunk chunk) {
        for (int from = 0; from < count; from += CHUNK) {
            int start = from;
            int end = Math.min(from + CHUNK, count);
            database.write(db -> {
                ImportRows.requireAudit(db, auditId);
                chunk.write(db, start, end);
                return null;
            });
        }
    }

    /** The reason written with a flag names its audit, so undoing that import finds the flags it set. */
    static String flagReason(long auditId) {
        return "audit " + auditId + " does not mention it; please confirm";
    }

    static AuditSummary summary(AuditRecord row) {
        return new AuditSummary(row.getId(), row.getTitle(), row.getScoreOverall(), row.getScoreScale(), row.getBaseline(),
                categories(row.getCategories()), row.getVerdict(), row.getSha256(), row.getParserVersion(),
                fromDb(row.getImportedAt()), row.getImportedBy());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Map<String, Double> categories) {
        try {
            return JSON.writeValueAsString(categories);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stated category scores as stored with an audit; an unreadable value counts as none. */
    static Map<String, Double> categories(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
