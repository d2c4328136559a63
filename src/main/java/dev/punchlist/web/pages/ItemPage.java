package dev.punchlist.web.pages;

import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.StaleVersionException;
import dev.punchlist.plan.Status;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code /items/{id}}: one item with its report quotes, notes and history, and the form to change it. */
final class ItemPage {
    private final Views views;
    private final Items items;
    private final Clock clock;
    private final JiraStates jira;

    ItemPage(Views views, Items items, Clock clock, JiraStates jira) {
        this.views = views;
        this.items = items;
        this.clock = clock;
        this.jira = jira;
    }

    void show(Context ctx) {
        Item item = items.get(Forms.id("id", ctx.pathParam("id")));
        render(views, ctx, items, jira, 200, item, formOf(item), Map.of(), null, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    void save(Context ctx) {
        long id = Forms.id("id", ctx.pathParam("id"));
        try {
            items.update(id, Forms.version(ctx), patch(ctx), Viewer.actor(ctx));
            ctx.redirect("/items/" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            renderWithError(views, ctx, items, jira, id, e);
        } catch (StaleVersionException e) {
            renderConflict(views, ctx, items, jira, e);
        }
    }

    private static ItemPatch patch(Context ctx) {
        String reason = Forms.text(ctx, "reason");
        return new ItemPatch(Objects.requireNonNullElse(ctx.formParam("title"), "").trim(),
                Forms.status("status", Forms.text(ctx, "status")),
                new ItemPatch.Value<>(Forms.text(ctx, "assignee")),
                new ItemPatch.Value<>(Forms.date("due", Forms.text(ctx, "due"))),
                new ItemPatch.Value<>(Forms.text(ctx, "notes")),
                Forms.phase("phase", Forms.text(ctx, "phase")),
                Forms.effort("effort", Forms.text(ctx, "effort")),
                Forms.severity("severity", Forms.text(ctx, "severity")),
                new ItemPatch.Value<>(Forms.text(ctx, "category")), reason);
    }

    /** The item page again, with the user's input kept and the error next to its field. */
    static void renderWithError(Views views, Context ctx, Items items, JiraStates jira, long id, InvalidInputException e) {
        Item item = items.get(id);
        Map<String, String> form = new LinkedHashMap<>(formOf(item));
        form.putAll(Forms.input(ctx));
        form.put("version", String.valueOf(item.version()));
        render(views, ctx, items, jira, 400, item, form, Map.of(e.field(), Forms.problem(e)), null, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Someone saved first: show their version next to the user's input, and carry their version number
     * in the form so that saving again deliberately applies the user's values on top.
     */
    static void renderConflict(Views views, Context ctx, Items items, JiraStates jira, StaleVersionException e) {
        Item theirs = e.current();
        Map<String, String> form = new LinkedHashMap<>(formOf(theirs));
        form.putAll(Forms.input(ctx));
        form.put("version", String.valueOf(theirs.version()));
        render(views, ctx, items, jira, 409, theirs, form, Map.of(), theirs, LocalDate.now(ZoneOffset.UTC));
    }

    private static void render(Views views, Context ctx, Items items, JiraStates jira, int status, Item item, Map<String, String> form,
                               Map<String, String> errors, Item conflict, LocalDate today) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        String projectKey = items.projectKeyOf(item);
        model.put("projectKey", projectKey);
        model.put("sync", jira.forItem(projectKey, item.id()));
        model.put("mentions", items.mentions(item.id()));
        model.put("history", items.history(item.id()));
        model.put("form", form);
        model.put("errors", errors);
        model.put("conflict", conflict);
        model.put("overdue", item.overdue(today));
        model.put("statuses", Status.values());
        model.put("severities", Severity.values());
        views.render(ctx, status, "item/item", model);
    }

    static Map<String, String> formOf(Item item) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", item.title());
        form.put("status", item.status().label());
        form.put("reason", Objects.toString(item.statusReason(), ""));
        form.put("assignee", Objects.toString(item.assignee(), ""));
        form.put("due", Objects.toString(item.due(), ""));
        form.put("notes", Objects.toString(item.notes(), ""));
        form.put("phase", String.valueOf(item.phase()));
        form.put("severity", item.severity().label());
        form.put("category", Objects.toString(item.category(), ""));
        form.put("effort", item.effort().toString());
        form.put("version", String.valueOf(item.version()));
        return form;
    }
}
