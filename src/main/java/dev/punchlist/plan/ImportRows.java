package dev.punchlist.plan;

import dev.punchlist.audit.AuditReader;
import dev.punchlist.audit.Finding;
import dev.punchlist.audit.Mention;
import dev.punchlist.audit.Report;
import dev.punchlist.store.schema.tables.records.AuditRecord;
import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.punchlist.store.schema.Tables.AUDIT;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static dev.punchlist.store.schema.Tables.MENTION;

/**
 * The rows one import writes. An import is written in several short transactions with other writes in between,
 * so each statement here takes the project as it is at that moment: an item deleted meanwhile stays deleted.
 */
final class ImportRows {
    private ImportRows() {
    }

    static AuditRecord insertAudit(DSLContext db, Project project, ImportPlan plan, String text, Actor actor, LocalDateTime now,
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
        audit.setCategories(Importer.write(categories));
        audit.setVerdict(truncate(report.verdict(), 300));
        audit.setParserVersion(AuditReader.VERSION);
        audit.setImportedAt(now);
        audit.setImportedBy(actor.name());
        audit.store();
        return audit;
    }

    /** Refuses to go on with an import whose audit someone undid while it was being written. */
    static void requireAudit(DSLContext db, long auditId) {
        if (!db.fetchExists(AUDIT, AUDIT.ID.eq(auditId))) {
            throw new ConflictException("plan", "the import was undone while it was being written; nothing more was imported");
        }
    }

    static int nextPosition(DSLContext db, long projectId) {
        Integer max = db.select(DSL.max(ITEM.POSITION)).from(ITEM).where(ITEM.PROJECT_ID.eq(projectId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    static Item insertItem(DSLContext db, Project project, long auditId, PlannedItem planned, ImportChoices.Row choice,
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

    /** The matched item with the finding's mentions, or {@code null} when it was deleted since the matching. */
    static Item rematch(DSLContext db, long itemId, long auditId, Finding finding) {
        ItemRecord row = db.fetchOne(ITEM, ITEM.ID.eq(itemId));
        if (row == null) {
            return null;
        }
        addMentions(db, itemId, auditId, finding);
        if (row.getNotInLatest()) {
            row.setNotInLatest(false);
            row.store();
        }
        return ItemRows.toItem(row);
    }

    /** Flags an item the report no longer mentions, unless it was deleted or resolved since the matching. */
    static Item flag(DSLContext db, long itemId, long auditId, Actor actor, LocalDateTime now) {
        ItemRecord row = db.fetchOne(ITEM, ITEM.ID.eq(itemId));
        if (row == null || Status.parse("status", row.getStatus()).resolved()) {
            return null;
        }
        if (!row.getNotInLatest()) {
            row.setNotInLatest(true);
            row.store();
            history(db, row, actor, now, "not_in_latest", "false", "true", Importer.flagReason(auditId));
        }
        return ItemRows.toItem(row);
    }

    static void addMentions(DSLContext db, long itemId, long auditId, Finding finding) {
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

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
