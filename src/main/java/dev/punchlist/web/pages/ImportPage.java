package dev.punchlist.web.pages;

import dev.punchlist.audit.NotWork;
import dev.punchlist.audit.ReportTooLargeException;
import dev.punchlist.plan.ConflictException;
import dev.punchlist.plan.EffortRange;
import dev.punchlist.plan.ImportChoices;
import dev.punchlist.plan.ImportPlan;
import dev.punchlist.plan.ImportResult;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /projects/{key}/import}: paste, upload or pick a template → preview with editable rows →
 * confirm. Nothing is kept between preview and confirm except the report text and the plan's token,
 * which the preview form carries back; the confirm recomputes the plan and is refused when it is no
 * longer the one the lead decided on.
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
    record Row(int index, PlannedItem planned, Item matched, String title, String severity, String phase, String effort,
               String category, boolean skip, String mergeInto) {
    }

    /**
     * Fewer matches than this share of the open items (with at least {@link #FEW_OPEN} open) reads as a
     * report about another system: the preview warns before every open item gets flagged.
     */
    private static final double LOW_OVERLAP = 0.2;
    private static final int FEW_OPEN = 3;

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
            renderForm(ctx, 413, project, Map.of(), Map.of("report", "The report is " + ViewExtension.size(e.size())
                    + "; the limit is " + ViewExtension.size(e.limit()) + "."));
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
        renderPreview(ctx, status, project, text, plan, errors, null);
    }

    private void renderPreview(Context ctx, int status, Project project, String text, ImportPlan plan, Map<String, String> errors,
                               String conflict) {
        Map<String, String> input = Forms.input(ctx);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem p = plan.items().get(i);
            Item matched = p.isNew() ? null : items.get(p.matchedItemId());
            rows.add(new Row(i, p, matched, input.getOrDefault("title_" + i, p.finding().title()),
                    input.getOrDefault("severity_" + i, p.severity().label()),
                    input.getOrDefault("phase_" + i, String.valueOf(p.phase())),
                    input.getOrDefault("effort_" + i, p.effort().toString()),
                    input.getOrDefault("category_" + i, Objects.toString(p.finding().category(), "")),
                    input.containsKey("skip_" + i), input.getOrDefault("merge_" + i, "")));
        }
        long matchedCount = rows.stream().filter(r -> !r.planned().isNew()).count();
        int missing = plan.missing().size();
        boolean lowOverlap = missing >= FEW_OPEN && matchedCount < LOW_OVERLAP * (missing + matchedCount);
        Double stated = plan.report().score().overallPercent();
        List<String> promoted = ctx.formParams("promote");
        List<Promotable> notWork = plan.report().notWork().stream()
                .sorted(Comparator.comparing((NotWork n) -> !n.closeCall())
                        .thenComparing(n -> n.closeCall() ? -n.confidence() : n.line())) // close calls first
                .map(n -> new Promotable(n, promoted.contains(String.valueOf(n.line())),
                        input.getOrDefault("promote_severity_" + n.line(), "low"))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("plan", plan);
        model.put("report", text);
        model.put("rows", rows);
        model.put("newCount", rows.stream().filter(r -> r.planned().isNew()).count());
        model.put("matchedCount", matchedCount);
        model.put("lowOverlap", lowOverlap);
        model.put("planToken", plan.token());
        model.put("baseline", input.getOrDefault("baseline", stated == null ? "" : Forms.score(stated)));
        model.put("dontFlag", input.containsKey("dont_flag"));
        model.put("conflict", conflict);
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
        ImportChoices choices = choices(ctx, plan, errors);
        List<ManualItems.NewItem> promotions = promotions(ctx, plan, errors);
        if (plan.duplicate()) {
            errors.put("report", "this exact report was already imported on " + plan.duplicateOf().importedAt());
        }
        if (!errors.isEmpty()) {
            renderPreview(ctx, 400, project, text, plan, errors);
            return;
        }
        if (choices.planToken() == null) {
            // without the token nobody can tell which preview the row choices were made on
            renderPreview(ctx, 409, project, text, plan, Map.of(), "This confirm does not say which preview it was made on, "
                    + "so nothing was imported. Check the preview below and confirm again.");
            return;
        }
        ImportResult result;
        try {
            result = importer.importReport(project.key(), text.getBytes(StandardCharsets.UTF_8), Viewer.actor(ctx), choices);
        } catch (InvalidInputException e) {
            renderPreview(ctx, 400, project, text, plan, Map.of(e.field(), Forms.problem(e)));
            return;
        } catch (ConflictException e) {
            // the plan moved: show the new one; the lead's row choices are dropped because rows may mean other items now
            renderPreview(ctx, 409, project, text, importer.preview(project.key(), text.getBytes(StandardCharsets.UTF_8)), Map.of(),
                    e.getMessage());
            return;
        }
        for (ManualItems.NewItem promoted : promotions) {
            manualItems.add(project.key(), new ManualItems.NewItem(promoted.title(), promoted.severity(), null, null, null,
                    result.audit().id(), promoted.line(), promoted.quote()), Viewer.actor(ctx));
        }
        ctx.redirect("/projects/" + project.key(), HttpStatus.SEE_OTHER);
    }

    /** The lead's decisions for every row, validated before anything is saved; errors are keyed by form field. */
    private static ImportChoices choices(Context ctx, ImportPlan plan, Map<String, String> errors) {
        Map<Integer, ImportChoices.Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < plan.items().size(); i++) {
            try {
                ImportChoices.Row row = row(ctx, plan.items().get(i), i);
                if (row != null) {
                    rows.put(i, row);
                }
            } catch (InvalidInputException e) {
                errors.put(e.field(), Forms.problem(e));
            }
        }
        Double baseline = null;
        try {
            baseline = baseline(Forms.text(ctx, "baseline"));
        } catch (InvalidInputException e) {
            errors.put(e.field(), Forms.problem(e));
        }
        ImportChoices choices = new ImportChoices(Forms.text(ctx, "plan"), rows, baseline, ctx.formParam("dont_flag") == null);
        if (errors.isEmpty()) {
            try {
                choices.check(plan);
            } catch (InvalidInputException e) {
                errors.put(e.field(), Forms.problem(e));
            }
        }
        return choices;
    }

    static Double baseline(String value) {
        if (value == null) {
            return null;
        }
        try {
            double score = Double.parseDouble(value.replace("%", "").replace("/100", "").strip());
            if (score >= 0 && score <= 100) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below, naming the field
        }
        throw new InvalidInputException("baseline", "must be a score from 0 to 100, like 78");
    }

    /** One row's choices, or {@code null} when the lead left it as planned. */
    private static ImportChoices.Row row(Context ctx, PlannedItem p, int i) {
        boolean skip = ctx.formParam("skip_" + i) != null;
        Integer mergeInto = Forms.text(ctx, "merge_" + i) == null ? null : (int) Forms.id("merge_" + i, Forms.text(ctx, "merge_" + i));
        if (!p.isNew()) {
            return skip || mergeInto != null ? new ImportChoices.Row(skip, mergeInto, null, null, null, null, null) : null;
        }
        // a field the form did not send keeps the planned value; one sent blank is an error
        String title = ctx.formParam("title_" + i) == null ? p.finding().title() : Forms.text(ctx, "title_" + i);
        if (title == null || title.length() > 500) {
            throw new InvalidInputException("title_" + i, "must be 1–500 characters");
        }
        Severity severity = Objects.requireNonNullElse(Forms.severity("severity_" + i, Forms.text(ctx, "severity_" + i)), p.severity());
        Integer phase = Objects.requireNonNullElse(Forms.phase("phase_" + i, Forms.text(ctx, "phase_" + i)), p.phase());
        EffortRange effort = Objects.requireNonNullElse(Forms.effort("effort_" + i, Forms.text(ctx, "effort_" + i)), p.effort());
        String category = ctx.formParam("category_" + i);
        if (category != null && category.length() > 100) {
            throw new InvalidInputException("category_" + i, "must be at most 100 characters");
        }
        boolean categoryChanged = category != null && !category.strip().equals(Objects.toString(p.finding().category(), ""));
        boolean changed = !title.equals(p.finding().title()) || severity != p.severity() || phase != p.phase()
                || !effort.toString().equals(p.effort().toString()) || categoryChanged;
        if (!changed && !skip && mergeInto == null) {
            return null;
        }
        return new ImportChoices.Row(skip, mergeInto, title.equals(p.finding().title()) ? null : title,
                severity == p.severity() ? null : severity, phase == p.phase() ? null : phase,
                effort.toString().equals(p.effort().toString()) ? null : effort, categoryChanged ? category : null);
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
}
