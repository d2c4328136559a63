package dev.punchlist.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.audit.Finding;
import dev.punchlist.audit.Mention;
import dev.punchlist.audit.Report;
import dev.punchlist.store.Database;
import dev.punchlist.store.schema.tables.records.AuditRecord;
import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.punchlist.store.Timestamps.fromDb;
import static dev.punchlist.store.Timestamps.toDb;
import static dev.punchlist.store.schema.Tables.AUDIT;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static dev.punchlist.store.schema.Tables.MENTION;

/**
 * Turns a report into checklist items. A re-audit matches findings to existing items (they gain a
 * mention), adds new ones, and flags open items the newer report no longer mentions. Nothing is
 * closed or deleted.
 */
public final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Items one import may make: far above any real audit, below what makes a checklist unusable. */
    public static final int MAX_FINDINGS = 5_000;

    private final Database database;
    private final AuditReader reader;
    private final Clock clock;
    private final ReadinessTracker readiness;

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
     */
    public ImportResult importReport(String projectKey, byte[] source, Actor actor, ImportChoices choices) {
        Report report = read(source);
        Saved saved = database.write(db -> {
            Project project = Projects.get(db, projectKey);
            ImportPlan plan = plan(db, project, report, sha256(source));
            if (choices.planToken() != null && !choices.planToken().equals(plan.token())) {
                throw new ConflictException("plan", "the project changed since this preview (another import or change); "
                        + "nothing was imported — check the new preview and confirm again");
            }
            if (plan.duplicate()) {
                return new Saved(project.id(), new ImportResult(plan.duplicateOf(), true, List.of(), List.of(), List.of()));
            }
            choices.check(plan);
            return new Saved(project.id(), save(db, project, plan, new String(source, StandardCharsets.UTF_8), actor, choices));
        });
        ImportResult result = saved.result();
        if (!result.duplicate()) {
            readiness.changed(saved.projectId(), "imported " + (result.audit().title() == null ? "a report" : result.audit().title()));
        }
        return result;
    }

    private record Saved(long projectId, ImportResult result) {
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
        Optional<AuditSummary> existing = db.selectFrom(AUDIT)
                .where(AUDIT.PROJECT_ID.eq(project.id())).and(AUDIT.SHA256.eq(sha)).fetchOptional(Importer::summary);
        List<ItemRecord> known = db.selectFrom(ITEM).where(ITEM.PROJECT_ID.eq(project.id())).orderBy(ITEM.POSITION).fetch();
        ItemMatcher matcher = new ItemMatcher(known);
        List<PlannedItem> items = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Long match = matcher.claim(Fingerprint.of(finding.title()));
            items.add(planned(finding, project.settings(), match));
        }
        List<Item> missing = matcher.unmatched().stream().map(ItemRows::toItem).filter(i -> !i.status().resolved()).toList();
        return new ImportPlan(report, sha, existing.orElse(null), items, known.isEmpty() ? List.of() : missing);
    }

    private static PlannedItem planned(Finding finding, ProjectSettings settings, Long match) {
        Severity severity = Severity.of(finding.severity());
        boolean stated = finding.effort() != null;
        EffortRange effort = stated ? new EffortRange(finding.effort().minHours(), finding.effort().maxHours())
                : settings.effortFor(severity);
        return new PlannedItem(finding, severity, finding.phase(), effort, stated, match);
    }

    private ImportResult save(DSLContext db, Project project, ImportPlan plan, String text, Actor actor, ImportChoices choices) {
        LocalDateTime now = toDb(clock.instant());
        AuditRecord audit = insertAudit(db, project, plan, text, actor, now, choices.baseline());
        int position = nextPosition(db, project.id());
        List<Item> created = new ArrayList<>();
        List<Item> matched = new ArrayList<>();
        Map<Integer, Long> itemOfRow = new java.util.HashMap<>();
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem planned = plan.items().get(i);
            ImportChoices.Row choice = choices.row(i);
            if (choice.skip() || choice.mergeInto() != null) {
                continue;
            }
            Item item = planned.isNew() ? insertItem(db, project, audit.getId(), planned, choice, position++, actor, now)
                    : rematch(db, planned.matchedItemId(), audit.getId(), planned.finding());
            (planned.isNew() ? created : matched).add(item);
            itemOfRow.put(i, item.id());
        }
        choices.rows().forEach((i, choice) -> {
            if (!choice.skip() && choice.mergeInto() != null) {
                addMentions(db, itemOfRow.get(choice.mergeInto()), audit.getId(), plan.items().get(i).finding());
            }
        });
        List<Item> flagged = choices.flagMissing() ? plan.missing().stream().map(i -> flag(db, i, audit.getId(), actor, now)).toList() : List.of();
        return new ImportResult(summary(audit), false, created, matched, flagged);
    }

    private AuditRecord insertAudit(DSLContext db, Project project, ImportPlan plan, String text, Actor actor, LocalDateTime now,
                                    Double baseline) {
        Report report = plan.report();
        double scale = report.score().scale() == null ? 100 : report.score().scale();
        Map<String, Double> categories = new LinkedHashMap<>();
        report.score().categories().forEach((name, value) -> categories.put(name, value * 100 / scale));
        AuditRecord audit = db.newRecord(AUDIT);
        audit.setProjectId(project.id());
        audit.setSha256(plan.sha256());
        audit.setTitle(truncate(report.title(), 300));
        audit.setSource(text);
        audit.setScoreOverall(report.score().overall());
        audit.setScoreScale(report.score().scale());
        audit.setBaseline(baseline != null ? baseline : report.score().overallPercent());
        audit.setCategories(write(categories));
        audit.setVerdict(truncate(report.verdict(), 300));
        audit.setParserVersion(AuditReader.VERSION);
        audit.setImportedAt(now);
        audit.setImportedBy(actor.name());
        audit.store();
        return audit;
    }

    private static int nextPosition(DSLContext db, long projectId) {
        Integer max = db.select(org.jooq.impl.DSL.max(ITEM.POSITION)).from(ITEM).where(ITEM.PROJECT_ID.eq(projectId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    private static Item insertItem(DSLContext db, Project project, long auditId, PlannedItem planned, ImportChoices.Row choice,
                                   int position, Actor actor, LocalDateTime now) {
        Finding finding = planned.finding();
        ItemRecord row = db.newRecord(ITEM);
        row.setProjectId(project.id());
        row.setAuditId(auditId);
        row.setPosition(position);
        row.setTitle(truncate(choice.title() != null ? choice.title() : finding.title(), 500));
        row.setDetail(finding.detail());
        row.setCategory(truncate(choice.category() != null ? blankToNull(choice.category()) : finding.category(), 100));
        placeIn(row, planned, choice, finding.phaseFromReport());
        if (choice.effort() != null) {
            row.setEffortMin(choice.effort().min());
            row.setEffortMax(choice.effort().max());
            row.setEffortStated(true);
            row.setEffortText(choice.effort().toString());
        } else {
            row.setEffortMin(planned.effort().min());
            row.setEffortMax(planned.effort().max());
            row.setEffortStated(planned.effortStated());
            row.setEffortText(planned.effortStated() ? truncate(finding.effort().text(), 100) : null);
        }
        // the report's own wording stays the item's identity, so a re-audit still finds it after a retitle
        row.setFingerprint(truncate(Fingerprint.of(finding.title()), 500));
        ItemRows.startOpen(row, actor, now);
        row.store();
        addMentions(db, row.getId(), auditId, finding);
        history(db, row, actor, now, "created", null, row.getTitle(), "imported from audit " + auditId
                + (choice.equals(ImportChoices.Row.AS_PLANNED) ? "" : "; changed in the import preview"));
        return ItemRows.toItem(row);
    }

    /** Severity and phase; a phase picked in the preview is the user's, else it follows a changed severity as usual. */
    private static void placeIn(ItemRecord row, PlannedItem planned, ImportChoices.Row choice, boolean phaseFromReport) {
        Severity severity = choice.severity() != null ? choice.severity() : planned.severity();
        row.setSeverity(severity.label());
        if (choice.phase() != null && choice.phase() != planned.phase()) {
            row.setPhase(choice.phase());
            row.setPhaseSource("user");
        } else if (severity != planned.severity() && !phaseFromReport) {
            row.setPhase(severity.defaultPhase());
            row.setPhaseSource("severity");
        } else {
            row.setPhase(planned.phase());
            row.setPhaseSource(phaseFromReport ? "report" : "severity");
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static Item rematch(DSLContext db, long itemId, long auditId, Finding finding) {
        addMentions(db, itemId, auditId, finding);
        db.update(ITEM).set(ITEM.NOT_IN_LATEST, false).where(ITEM.ID.eq(itemId)).execute();
        return Items.get(db, itemId);
    }

    /** The reason written with a flag names its audit, so undoing that import finds the flags it set. */
    static String flagReason(long auditId) {
        return "audit " + auditId + " does not mention it; please confirm";
    }

    private static Item flag(DSLContext db, Item item, long auditId, Actor actor, LocalDateTime now) {
        ItemRecord row = Items.row(db, item.id());
        if (!row.getNotInLatest()) {
            row.setNotInLatest(true);
            row.store();
            history(db, row, actor, now, "not_in_latest", "false", "true", flagReason(auditId));
        }
        return ItemRows.toItem(row);
    }

    private static void addMentions(DSLContext db, long itemId, long auditId, Finding finding) {
        for (Mention mention : finding.mentions()) {
            db.insertInto(MENTION).set(MENTION.ITEM_ID, itemId).set(MENTION.AUDIT_ID, auditId)
                    .set(MENTION.LINE, mention.line()).set(MENTION.END_LINE, mention.endLine())
                    .set(MENTION.HEADING_PATH, String.join(" › ", mention.headingPath()))
                    .set(MENTION.QUOTE, mention.text()).execute();
        }
    }

    private static void history(DSLContext db, ItemRecord row, Actor actor, LocalDateTime at, String field,
                                String oldValue, String newValue, String reason) {
        db.insertInto(ITEM_HISTORY).set(ITEM_HISTORY.ITEM_ID, row.getId()).set(ITEM_HISTORY.PROJECT_ID, row.getProjectId())
                .set(ITEM_HISTORY.AT, at).set(ITEM_HISTORY.ACTOR, actor.name()).set(ITEM_HISTORY.SOURCE, Actor.IMPORT)
                .set(ITEM_HISTORY.FIELD, field).set(ITEM_HISTORY.OLD_VALUE, oldValue).set(ITEM_HISTORY.NEW_VALUE, newValue)
                .set(ITEM_HISTORY.REASON, reason).execute();
    }

    static AuditSummary summary(AuditRecord row) {
        return new AuditSummary(row.getId(), row.getTitle(), row.getScoreOverall(), row.getScoreScale(), row.getBaseline(),
                categories(row.getCategories()), row.getVerdict(), row.getSha256(), row.getParserVersion(),
                fromDb(row.getImportedAt()), row.getImportedBy());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Map<String, Double> categories) {
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
