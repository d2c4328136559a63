package dev.punchlist.web.pages;

import dev.punchlist.plan.Comment;
import dev.punchlist.plan.Comments;
import dev.punchlist.plan.Export;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Downloads (Markdown task list, CSV) and the print-friendly report page. */
final class ExportPage {
    private final Views views;
    private final Projects projects;
    private final Items items;
    private final ReadinessTracker readiness;
    private final Comments comments;
    private final JiraStates jira;

    ExportPage(Views views, Projects projects, Items items, ReadinessTracker readiness, Comments comments, JiraStates jira) {
        this.comments = comments;
        this.jira = jira;
        this.views = views;
        this.projects = projects;
        this.items = items;
        this.readiness = readiness;
    }

    void markdown(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        download(ctx, "text/markdown; charset=utf-8", project.key() + "-checklist.md", Export.markdown(project, filtered(ctx, project)));
    }

    /** The CSV of what the checklist shows under its current filters, with resolved date, Jira key and the comments as notes. */
    void csv(Context ctx) {
        Project project = projects.get(ctx.pathParam("key"));
        Map<Long, SyncCell> sync = jira.forProject(project.key());
        Map<Long, List<Comment>> notes = comments.ofProject(project.key());
        Map<Long, Export.Extra> extras = new HashMap<>();
        for (Item item : filtered(ctx, project)) {
            SyncCell cell = sync == null ? null : sync.get(item.id());
            List<Comment> thread = notes.getOrDefault(item.id(), List.of());
            extras.put(item.id(), new Export.Extra(cell == null ? null : cell.issueKey(), thread.isEmpty() ? null
                    : thread.stream().map(c -> c.author() + " (" + c.at() + "): " + c.body()).collect(Collectors.joining("\n"))));
        }
        download(ctx, "text/csv; charset=utf-8", project.key() + "-checklist.csv", Export.csv(filtered(ctx, project), extras));
    }

    /** Exports follow the checklist's filters (the same query string), so "my open items" exports as such. */
    private List<Item> filtered(Context ctx, Project project) {
        ChecklistFilter filter = ChecklistFilter.of(ctx);
        Set<Long> text = filter.q() == null ? Set.of() : items.idsContaining(project.key(), filter.q());
        return items.all(project.key(), ItemFilter.ALL).stream().filter(i -> filter.matches(i.summary(), text)).toList();
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
