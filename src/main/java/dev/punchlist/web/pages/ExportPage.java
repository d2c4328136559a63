package dev.punchlist.web.pages;

import dev.punchlist.plan.Export;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** Downloads (Markdown task list, CSV) and the print-friendly report page. */
final class ExportPage {
    private final Views views;
    private final Projects projects;
    private final Items items;
    private final ReadinessTracker readiness;

    ExportPage(Views views, Projects projects, Items items, ReadinessTracker readiness) {
        this.views = views;
        this.projects = projects;
        this.items = items;
        this.readiness = readiness;
    }

    void markdown(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        download(ctx, "text/markdown; charset=utf-8", project.key() + "-checklist.md",
                Export.markdown(project, items.all(project.key(), ItemFilter.ALL)));
    }

    void csv(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        download(ctx, "text/csv; charset=utf-8", project.key() + "-checklist.csv", Export.csv(items.all(project.key(), ItemFilter.ALL)));
    }

    private static void download(Context ctx, String type, String file, String body) {
        ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(body);
    }

    void report(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        List<Item> all = items.all(project.key(), ItemFilter.ALL);
        views.render(ctx, "export/report", Map.of("project", project, "readiness", readiness.current(project.key()),
                "items", all, "phaseNames", ChecklistPage.PHASE_NAMES));
    }
}
