package dev.punchlist.web.pages;

import dev.punchlist.audit.NotWork;
import dev.punchlist.audit.ReportTooLargeException;
import dev.punchlist.plan.EffortRange;
import dev.punchlist.plan.ImportPlan;
import dev.punchlist.plan.ImportResult;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.ManualItems;
import dev.punchlist.plan.PlannedItem;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.Severity;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /projects/{key}/import}: paste, upload or pick a template → preview with editable rows →
 * confirm. Nothing is kept between preview and confirm except the report text, which the preview form
 * carries back; the confirm recomputes the same plan from it.
 */
final class ImportPage {
    /** Starting checklists shipped in the jar under {@code checklists/}. */
    static final Map<String, String> TEMPLATES = Map.of("production-readiness", "Baseline production-readiness checklist");

    private final Views views;
    private final Projects projects;
    private final Importer importer;
    private final Items items;
    private final ManualItems manualItems;

    ImportPage(Views views, Projects projects, Importer importer, Items items, ManualItems manualItems) {
        this.views = views;
        this.projects = projects;
        this.importer = importer;
        this.items = items;
        this.manualItems = manualItems;
    }

    /** One planned item in the preview, with the values the form shows (the user's input after an error). */
    record Row(int index, PlannedItem planned, Item matched, String title, String severity, String phase, String effort) {
    }

    /** One line left out as not work, with the form values for promoting it. */
    record Promotable(NotWork line, boolean promote, String severity) {
    }

    void form(Context ctx) {
        renderForm(ctx, 200, projects.get(ctx.pathParam("key")), Map.of(), Map.of());
    }

    private void renderForm(Context ctx, int status, Project project, Map<String, String> form, Map<String, String> errors) {
        views.render(ctx, status, "import/form", Map.of("project", project, "form", form, "errors", errors, "templates", TEMPLATES));
    }

    void preview(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        String text;
        try {
            text = source(ctx);
            ImportPlan plan = importer.preview(project.key(), text.getBytes(StandardCharsets.UTF_8));
            renderPreview(ctx, 200, project, text, plan, Map.of());
        } catch (InvalidInputException e) {
            renderForm(ctx, 400, project, Forms.input(ctx), Map.of("report", Forms.problem(e)));
        } catch (ReportTooLargeException e) {
            renderForm(ctx, 413, project, Map.of(), Map.of("report", e.getMessage()));
        }
    }

    /** The report from an upload, a template, or the text box, with line ends as Unix (browsers send CRLF). */
    private static String source(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        String text;
        if (file != null && file.size() > 0) {
            try (InputStream in = file.content()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (Forms.text(ctx, "template") != null) {
            text = template(Forms.text(ctx, "template"));
        } else {
            text = Objects.requireNonNullElse(ctx.formParam("report"), "");
        }
        text = text.replace("\r\n", "\n");
        if (text.isBlank()) {
            throw new InvalidInputException("report", "is empty: paste the report, choose a file, or start from a template");
        }
        return text;
    }

    private static String template(String name) {
        if (!TEMPLATES.containsKey(name)) {
            throw new InvalidInputException("report", "names no template we ship");
        }
        try (InputStream in = ImportPage.class.getResourceAsStream("/checklists/" + name + ".md")) {
            return new String(Objects.requireNonNull(in, "template " + name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void renderPreview(Context ctx, int status, Project project, String text, ImportPlan plan, Map<String, String> errors) {
        Map<String, String> input = Forms.input(ctx);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem p = plan.items().get(i);
            Item matched = p.isNew() ? null : items.get(p.matchedItemId());
            rows.add(new Row(i, p, matched, input.getOrDefault("title_" + i, p.finding().title()),
                    input.getOrDefault("severity_" + i, p.severity().label()),
                    input.getOrDefault("phase_" + i, String.valueOf(p.phase())),
                    input.getOrDefault("effort_" + i, p.effort().toString())));
        }
        List<String> promoted = ctx.formParams("promote");
        List<Promotable> notWork = plan.report().notWork().stream()
                .map(n -> new Promotable(n, promoted.contains(String.valueOf(n.line())),
                        input.getOrDefault("promote_severity_" + n.line(), "low"))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("plan", plan);
        model.put("report", text);
        model.put("rows", rows);
        model.put("newCount", rows.stream().filter(r -> r.planned().isNew()).count());
        model.put("matchedCount", rows.stream().filter(r -> !r.planned().isNew()).count());
        model.put("notWork", notWork);
        model.put("errors", errors);
        model.put("severities", Severity.values());
        views.render(ctx, status, "import/preview", model);
    }

    void confirm(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        String text = Objects.requireNonNullElse(ctx.formParam("report"), "").replace("\r\n", "\n");
        ImportPlan plan;
        try {
            if (text.isBlank()) {
                throw new InvalidInputException("report", "is empty: paste the report, choose a file, or start from a template");
            }
            plan = importer.preview(project.key(), text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            renderForm(ctx, 400, project, Map.of(), Map.of("report", Forms.problem(e)));
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Integer, ItemPatch> edits = edits(ctx, plan, errors);
        List<ManualItems.NewItem> promotions = promotions(ctx, plan, errors);
        if (plan.duplicate()) {
            errors.put("report", "this exact report was already imported on " + plan.duplicateOf().importedAt());
        }
        if (!errors.isEmpty()) {
            renderPreview(ctx, 400, project, text, plan, errors);
            return;
        }
        ImportResult result = importer.importReport(project.key(), text.getBytes(StandardCharsets.UTF_8), Viewer.actor(ctx));
        applyEdits(ctx, plan, result, edits);
        for (ManualItems.NewItem promoted : promotions) {
            manualItems.add(project.key(), new ManualItems.NewItem(promoted.title(), promoted.severity(), null, null, null,
                    result.audit().id(), promoted.line(), promoted.quote()), Viewer.actor(ctx));
        }
        ctx.redirect("/projects/" + project.key(), HttpStatus.SEE_OTHER);
    }

    /** The user's changes to new items, validated before anything is saved; errors are keyed by form field. */
    private static Map<Integer, ItemPatch> edits(Context ctx, ImportPlan plan, Map<String, String> errors) {
        Map<Integer, ItemPatch> edits = new LinkedHashMap<>();
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem p = plan.items().get(i);
            if (!p.isNew()) {
                continue;
            }
            try {
                // a field the form did not send keeps the planned value; one sent blank is an error
                String title = ctx.formParam("title_" + i) == null ? p.finding().title() : Forms.text(ctx, "title_" + i);
                if (title == null || title.length() > 500) {
                    throw new InvalidInputException("title_" + i, "must be 1–500 characters");
                }
                Severity severity = Objects.requireNonNullElse(Forms.severity("severity_" + i, Forms.text(ctx, "severity_" + i)), p.severity());
                Integer phase = Objects.requireNonNullElse(Forms.phase("phase_" + i, Forms.text(ctx, "phase_" + i)), p.phase());
                EffortRange effort = Objects.requireNonNullElse(Forms.effort("effort_" + i, Forms.text(ctx, "effort_" + i)), p.effort());
                boolean changed = !title.equals(p.finding().title()) || severity != p.severity() || phase != p.phase()
                        || !effort.toString().equals(p.effort().toString());
                if (changed) {
                    // An unchanged phase is left out so a severity change moves the item as severity normally does.
                    edits.put(i, new ItemPatch(title, null, null, null, null, phase == p.phase() ? null : phase, effort.toString().equals(p.effort().toString()) ? null : effort,
                            severity, null, "set in the import preview"));
                }
            } catch (InvalidInputException e) {
                errors.put(e.field(), Forms.problem(e));
            }
        }
        return edits;
    }

    private static List<ManualItems.NewItem> promotions(Context ctx, ImportPlan plan, Map<String, String> errors) {
        List<ManualItems.NewItem> promoted = new ArrayList<>();
        for (String value : ctx.formParams("promote")) {
            NotWork line = plan.report().notWork().stream().filter(n -> String.valueOf(n.line()).equals(value)).findFirst().orElse(null);
            if (line == null) {
                errors.put("promote", "line " + value + " is not among the lines left out");
                continue;
            }
            try {
                Severity severity = Objects.requireNonNullElse(
                        Forms.severity("promote_severity_" + line.line(), Forms.text(ctx, "promote_severity_" + line.line())), Severity.LOW);
                String title = line.text().length() > 500 ? line.text().substring(0, 499) + "…" : line.text();
                promoted.add(new ManualItems.NewItem(title, severity, null, null, null, null, line.line(), line.text()));
            } catch (InvalidInputException e) {
                errors.put(e.field(), Forms.problem(e));
            }
        }
        return promoted;
    }

    /** New items come back in the plan's order, so the n-th new planned item is the n-th created one. */
    private void applyEdits(Context ctx, ImportPlan plan, ImportResult result, Map<Integer, ItemPatch> edits) {
        int created = 0;
        for (int i = 0; i < plan.items().size(); i++) {
            if (!plan.items().get(i).isNew()) {
                continue;
            }
            ItemPatch edit = edits.get(i);
            if (edit != null && created < result.created().size()) {
                items.update(result.created().get(created).id(), null, edit, Viewer.actor(ctx));
            }
            created++;
        }
    }
}
