package dev.punchlist.web;

import dev.punchlist.plan.Export;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.score.Readiness;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/v1/projects/{key}/readiness} and {@code /export}: where the project stands, and the checklist out. */
final class ReadinessApi {
    private final ReadinessTracker readiness;
    private final Projects projects;
    private final Items items;

    ReadinessApi(ReadinessTracker readiness, Projects projects, Items items) {
        this.readiness = readiness;
        this.projects = projects;
        this.items = items;
    }

    void current(Context ctx) {
        ctx.json(view(readiness.current(ctx.pathParam("key"))));
    }

    static Map<String, Object> view(Readiness readiness) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("score", readiness.score());
        body.put("level", readiness.level());
        body.put("level_title", readiness.level().title());
        body.put("baseline", readiness.baseline());
        body.put("done_weight", readiness.doneWeight());
        body.put("total_weight", readiness.totalWeight());
        Map<String, Object> remaining = new LinkedHashMap<>();
        remaining.put("min", readiness.remainingMin());
        remaining.put("max", readiness.remainingMax());
        body.put("remaining_effort", remaining);
        body.put("phases", readiness.phases());
        body.put("categories", readiness.categories());
        body.put("explanation", readiness.contributions());
        return body;
    }

    void history(Context ctx) {
        ctx.json(Map.of("snapshots", readiness.history(ctx.pathParam("key"))));
    }

    void export(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        String format = ctx.queryParam("format") == null ? "md" : ctx.queryParam("format");
        var all = items.all(project.key(), ItemFilter.ALL);
        switch (format) {
            case "md" -> ctx.contentType("text/markdown; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + project.key() + "-checklist.md\"")
                    .result(Export.markdown(project, all));
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + project.key() + "-checklist.csv\"")
                    .result(Export.csv(all));
            default -> throw new InvalidInputException("format", "must be md or csv");
        }
    }
}
