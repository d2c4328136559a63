package dev.punchlist.web.pages;

import dev.punchlist.plan.Corrections;
import dev.punchlist.plan.EffortRange;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.ProjectSettings;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.Severity;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /projects/{key}/settings}, for leads: name, weights, effort defaults and the stated baseline;
 * the imports with a way to undo each; and the project's own history (deletions, undone imports).
 */
final class ProjectSettingsPage {
    private final Views views;
    private final Projects projects;
    private final Importer importer;
    private final Corrections corrections;

    ProjectSettingsPage(Views views, Projects projects, Importer importer, Corrections corrections) {
        this.views = views;
        this.projects = projects;
        this.importer = importer;
        this.corrections = corrections;
    }

    void show(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        render(ctx, 200, project, formOf(project), Map.of());
    }

    void save(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        try {
            String name = Forms.text(ctx, "name");
            if (name == null) {
                throw new InvalidInputException("name", "must not be empty");
            }
            ProjectSettings settings = new ProjectSettings(weights(ctx), efforts(ctx));
            Double baseline = ImportPage.baseline(Forms.text(ctx, "baseline"));
            if (!Objects.equals(baseline, corrections.baseline(project.key()))) {
                corrections.setBaseline(project.key(), baseline, Viewer.actor(ctx));
            }
            if (!name.equals(project.name()) || !settings.equals(project.settings())) {
                projects.update(project.key(), name, null, settings);
                corrections.record(project.key(), Viewer.actor(ctx), "settings", "name “" + name + "”, weights " + settings.weights()
                        + ", effort defaults " + settings.effortDefaults());
            }
            ctx.redirect("/projects/" + project.key() + "/settings?saved=1", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            render(ctx, 400, project, Forms.input(ctx), Map.of(e.field(), Forms.problem(e)));
        }
    }

    /** Undoes one import; the form needs its confirm box ticked, so one stray click changes nothing. */
    void undo(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        long auditId = Forms.id("id", ctx.pathParam("id"));
        if (ctx.formParam("confirm") == null) {
            render(ctx, 400, project, formOf(project), Map.of("undo_" + auditId, "tick the box to confirm undoing this import"));
            return;
        }
        Corrections.Undone undone = corrections.undoImport(project.key(), auditId, Viewer.actor(ctx));
        ctx.redirect("/projects/" + project.key() + "/settings?undone=" + undone.itemsDeleted(), HttpStatus.SEE_OTHER);
    }

    private static Map<Severity, Integer> weights(Context ctx) {
        Map<Severity, Integer> weights = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            String field = "weight_" + severity.label();
            try {
                weights.put(severity, Integer.parseInt(Objects.requireNonNullElse(Forms.text(ctx, field), "")));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "must be a whole number from 0 to 1000");
            }
            if (weights.get(severity) < 0 || weights.get(severity) > 1000) {
                throw new InvalidInputException(field, "must be a whole number from 0 to 1000");
            }
        }
        return weights;
    }

    private static Map<Severity, EffortRange> efforts(Context ctx) {
        Map<Severity, EffortRange> efforts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            String field = "effort_" + severity.label();
            EffortRange effort = Forms.effort(field, Forms.text(ctx, field));
            if (effort == null) {
                throw new InvalidInputException(field, "must be hours like 3, 2-4 or 20+");
            }
            efforts.put(severity, effort);
        }
        return efforts;
    }

    private Map<String, String> formOf(Project project) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", project.name());
        for (Severity severity : Severity.values()) {
            form.put("weight_" + severity.label(), String.valueOf(project.settings().weight(severity)));
            form.put("effort_" + severity.label(), project.settings().effortFor(severity).toString());
        }
        Double baseline = corrections.baseline(project.key());
        form.put("baseline", baseline == null ? "" : Forms.score(baseline));
        return form;
    }

    private void render(Context ctx, int status, Project project, Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("form", form);
        model.put("errors", errors);
        model.put("severities", Severity.values());
        model.put("audits", importer.audits(project.key()));
        model.put("events", corrections.events(project.key()));
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("undone", ctx.queryParam("undone"));
        views.render(ctx, status, "settings/settings", model);
    }
}
