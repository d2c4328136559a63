package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraBackground;
import dev.punchlist.jira.sync.JiraNotConfiguredException;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Projects;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The push buttons: ticked items (the checklist's bulk form), a phase, or every open item. A push queues the
 * tickets in one transaction, wakes the sync thread and redirects back with the counts in the query string
 * ({@link #flash} turns them into the message); "Preview" shows the same plan without queueing anything.
 */
final class JiraPushPage {
    private static final List<String> ACTIONS = List.of(JiraSync.CREATE, JiraSync.UPDATE, "unchanged", "pending");

    private final Views views;
    private final Projects projects;
    private final JiraSync sync;
    private final JiraBackground background;

    JiraPushPage(Views views, Projects projects, JiraSync sync, JiraBackground background) {
        this.views = views;
        this.projects = projects;
        this.sync = sync;
        this.background = background;
    }

    /** {@code POST /projects/{key}/jira/push}: {@code scope} is {@code all}, {@code phase} (with phase) or {@code items} (with ids). */
    void push(Context ctx) {
        String key = projects.get(ctx.pathParam("key")).key();
        String back = "/projects/" + key + ChecklistFilter.of(ctx).query();
        try {
            send(ctx, key, selection(ctx), back);
        } catch (InvalidInputException e) {
            refuse(ctx, key, 400, e.getMessage());
        }
    }

    /** Pushes (or previews) {@code selection}; the bulk form calls this for the ticked items. */
    void send(Context ctx, String key, Selection selection, String back) {
        try {
            if (Forms.text(ctx, "preview") != null) {
                preview(ctx, key, selection, back, sync.plan(key, selection));
                return;
            }
            List<JiraSync.Planned> planned = sync.push(key, selection);
            background.drainSoon(key);
            ctx.redirect(back + (back.contains("?") ? "&" : "?") + counts(planned), HttpStatus.SEE_OTHER);
        } catch (JiraNotConfiguredException e) {
            refuse(ctx, key, 409, e.getMessage());
        }
    }

    private static Selection selection(Context ctx) {
        String scope = Forms.text(ctx, "scope");
        if ("phase".equals(scope)) {
            return Selection.ofPhase(Forms.phase("phase", Forms.text(ctx, "phase")));
        }
        if ("items".equals(scope)) {
            List<Long> ids = new ArrayList<>();
            ctx.formParams("ids").forEach(id -> ids.add(Forms.id("ids", id)));
            return Selection.ofItems(ids);
        }
        return Selection.allOpen();
    }

    private void preview(Context ctx, String key, Selection selection, String back, List<JiraSync.Planned> planned) {
        Map<String, Object> model = model(key, back);
        model.put("planned", planned);
        model.put("counts", tally(planned));
        model.put("selection", selection);
        views.render(ctx, 200, "jira/preview", model);
    }

    private void refuse(Context ctx, String key, int status, String message) {
        Map<String, Object> model = model(key, "/projects/" + key);
        model.put("error", message);
        views.render(ctx, status, "jira/preview", model);
    }

    private Map<String, Object> model(String key, String back) {
        Map<String, Object> model = new HashMap<>();
        model.put("project", projects.get(key));
        model.put("back", back);
        model.put("query", back.contains("?") ? back.substring(back.indexOf('?')) : "");
        return model;
    }

    private static Map<String, Long> tally(List<JiraSync.Planned> planned) {
        Map<String, Long> counts = new HashMap<>();
        ACTIONS.forEach(a -> counts.put(a, planned.stream().filter(p -> p.action().equals(a)).count()));
        return counts;
    }

    private static String counts(List<JiraSync.Planned> planned) {
        Map<String, Long> counts = tally(planned);
        StringBuilder query = new StringBuilder();
        for (String action : ACTIONS) {
            query.append(query.isEmpty() ? "" : "&").append("jira_").append(action).append('=').append(counts.get(action));
        }
        return query.toString();
    }

    /** The message after a push, from the counts it put in the query string; {@code null} on other visits. */
    static String flash(Context ctx) {
        long create = count(ctx, JiraSync.CREATE);
        if (create < 0) {
            return null;
        }
        return "Queued for Jira: " + tickets(create) + " to create, " + tickets(Math.max(0, count(ctx, JiraSync.UPDATE)))
                + " to update; " + Math.max(0, count(ctx, "unchanged")) + " already up to date, "
                + Math.max(0, count(ctx, "pending"))
                + " already waiting to be sent.";
    }

    private static long count(Context ctx, String action) {
        try {
            return Math.max(0, Long.parseLong(ctx.queryParam("jira_" + action)));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static String tickets(long n) {
        return n == 1 ? "1 ticket" : n + " tickets";
    }
}
