package dev.punchlist.web.pages;

import dev.punchlist.plan.ConflictException;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.plan.Standups;
import dev.punchlist.score.Readiness;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code /}: every project with its readiness at a glance, and the form to start a new one. */
final class ProjectsPage {
    private final Views views;
    private final Projects projects;
    private final ReadinessTracker readiness;
    private final Standups standups;

    ProjectsPage(Views views, Projects projects, ReadinessTracker readiness, Standups standups) {
        this.views = views;
        this.projects = projects;
        this.readiness = readiness;
        this.standups = standups;
    }

    /** One project's line on the overview. */
    record Row(Project project, Readiness readiness, Instant lastActivity) {
    }

    void list(Context ctx) {
        render(ctx, 200, Map.of(), Map.of());
    }

    void create(Context ctx) {
        String key = Forms.text(ctx, "key");
        try {
            projects.create(key == null ? null : key.toUpperCase(java.util.Locale.ROOT), Forms.text(ctx, "name"),
                    Forms.text(ctx, "description"));
            ctx.redirect("/projects/" + key.toUpperCase(java.util.Locale.ROOT) + "/import", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            render(ctx, 400, Forms.input(ctx), Map.of(e.field(), Forms.problem(e)));
        } catch (ConflictException e) {
            render(ctx, 409, Forms.input(ctx), Map.of(e.field(), e.getMessage()));
        }
    }

    private void render(Context ctx, int status, Map<String, String> form, Map<String, String> errors) {
        List<Row> rows = projects.all().stream()
                .map(p -> new Row(p, readiness.current(p.key()), standups.lastActivity(p.key()))).toList();
        views.render(ctx, status, "projects/list", Map.of("rows", rows, "form", form, "errors", errors));
    }
}
