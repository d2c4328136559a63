package dev.punchlist.web.pages;

import dev.punchlist.jira.JiraSettings;
import dev.punchlist.jira.sync.JiraBackground;
import dev.punchlist.jira.sync.JiraNotConfiguredException;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Projects;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The push buttons: ticked items (the checklist's bulk form), a phase, or every open item. Every push from the
 * pages first shows its plan per item, with a box to untick each ticket; only the confirm ({@code confirm=1}, with
 * the boxes still ticked in {@code ticked}) queues them, in one transaction, wakes the sync thread and redirects
 * back with the counts in the query string ({@link #flash} turns them into the message).
 */
final class JiraPushPage {
    private static final List<String> ACTIONS = List.of(JiraSync.CREATE, JiraSync.UPDATE, "unchanged", "pending");

    private final Views views;
    private final Projects projects;
    private final Items items;
    private final JiraSync sync;
    private final JiraBackground background;

    JiraPushPage(Views views, Projects projects, Items items, JiraSync sync, JiraBackground background) {
        this.views = views;
        this.projects = projects;
        this.items = items;
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

    /** Previews {@code selection}, or pushes its ticked items once confirmed; the bulk form calls this too. */
    void send(Context ctx, String key, Selection selection, String back) {
        try {
            if (Forms.text(ctx, "confirm") == null) {
                preview(ctx, 200, key, selection, back, null);
                return;
            }
            Set<Long> ticked = new HashSet<>();
            ctx.formParams("ticked").forEach(id -> ticked.add(Forms.id("ticked", id)));
            if (ticked.isEmpty()) {
                preview(ctx, 400, key, selection, back, "Tick at least one item to push, or cancel.");
                return;
            }
            List<JiraSync.Planned> planned = sync.push(key, selection, ticked);
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

    private void preview(Context ctx, int status, String key, Selection selection, String back, String error) {
        List<JiraSync.Planned> planned = sync.plan(key, selection);
        JiraSettings settings = sync.settingsStore().settings(key);
        Map<Long, Item> byId = new HashMap<>();
        items.all(key, ItemFilter.ALL).forEach(i -> byId.put(i.id(), i));
        Map<String, Object> model = model(key, back);
        model.put("rows", planned.stream().map(p -> PushRow.of(p, byId.get(p.itemId()), settings)).toList());
        model.put("counts", tally(planned));
        model.put("selection", selection);
        model.put("untickError", error);
        views.render(ctx, status, "jira/preview", model);
    }

    /** One line of the preview: what the ticket would carry, and whether there is anything to send. */
    record PushRow(long itemId, String title, int phase, String priority, String assignee, String action,
                   String issueKey, boolean queues) {
        static PushRow of(JiraSync.Planned p, Item item, JiraSettings settings) {
            return new PushRow(p.itemId(), p.title(), item.phase(), settings.priorityFor(item.severity().label()),
                    item.assignee(), p.action(), p.issueKey(), p.queues());
        }
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
