package dev.punchlist.web.pages;

import dev.punchlist.plan.Comments;
import dev.punchlist.plan.Corrections;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.Status;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@code /items/{id}}: one item with its report quotes, comments and history, and the form to change it. */
final class ItemPage {
    private final Views views;
    private final Items items;
    private final Comments comments;
    private final Corrections corrections;
    private final Clock clock;
    private final JiraStates jira;
    private final People people;

    ItemPage(Views views, Items items, Comments comments, Corrections corrections, Clock clock, JiraStates jira, People people) {
        this.people = people;
        this.views = views;
        this.items = items;
        this.comments = comments;
        this.corrections = corrections;
        this.clock = clock;
        this.jira = jira;
    }

    void show(Context ctx) {
        Item item = items.get(Forms.id("id", ctx.pathParam("id")));
        Page page = new Page(item, formOf(item));
        page.merged = mergedFields(ctx.queryParam("merged"));
        page.mergedWith = ctx.queryParam("with");
        render(ctx, 200, page);
    }

    void save(Context ctx) {
        long id = Forms.id("id", ctx.pathParam("id"));
        FormEdit edit = FormEdit.of(ctx, FormEdit.FIELDS);
        try {
            MergingSave.Saved saved = MergingSave.save(items, people, id, Forms.version(ctx), edit, Viewer.actor(ctx));
            ctx.redirect("/items/" + id + mergedQuery(saved), HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            renderWithError(ctx, id, e);
        } catch (MergingSave.Conflict e) {
            renderConflict(ctx, edit, e);
        }
    }

    /** Deletes the item (leads only); the reason goes to the project's history, since the item's own goes with it. */
    void delete(Context ctx) {
        long id = Forms.id("id", ctx.pathParam("id"));
        Item item = items.get(id);
        String key = items.projectKeyOf(item);
        try {
            corrections.deleteItem(id, Forms.text(ctx, "delete_reason"), Viewer.actor(ctx));
            ctx.redirect("/projects/" + key + "?deleted=" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            Page page = new Page(item, formOf(item));
            page.errors = Map.of("delete_reason", Forms.problem(e));
            render(ctx, 400, page);
        }
    }

    void comment(Context ctx) {
        long id = Forms.id("id", ctx.pathParam("id"));
        try {
            comments.add(id, ctx.formParam("comment"), Viewer.actor(ctx));
            ctx.redirect("/items/" + id + "#comments", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            Item item = items.get(id);
            Page page = new Page(item, formOf(item));
            page.errors = Map.of("comment", Forms.problem(e));
            page.comment = Objects.toString(ctx.formParam("comment"), "");
            render(ctx, 400, page);
        }
    }

    /** After a save that went on top of someone else's: which of their fields the page should point out. */
    private static String mergedQuery(MergingSave.Saved saved) {
        if (saved.theirs() == null || saved.theirFields().isEmpty()) {
            return "";
        }
        String who = Objects.requireNonNullElse(saved.theirs().updatedBy(), "someone");
        return "?merged=" + String.join(",", saved.theirFields()) + "&with=" + java.net.URLEncoder.encode(who, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> mergedFields(String query) {
        return query == null ? List.of() : List.of(query.split(",")).stream().filter(FormEdit.FIELDS::contains).toList();
    }

    /** The item page again, with the user's input kept and the error next to its field. */
    void renderWithError(Context ctx, long id, InvalidInputException e) {
        Item item = items.get(id);
        Map<String, String> form = new LinkedHashMap<>(formOf(item));
        form.putAll(Forms.input(ctx));
        Page page = new Page(item, form);
        page.was = wasOf(ctx, item);
        page.errors = Map.of(e.field(), Forms.problem(e));
        render(ctx, 400, page);
    }

    /**
     * Both changed the same field: the form holds their version with this person's changes on top, and
     * is based on their version now, so saving again changes only what this person changed.
     */
    void renderConflict(Context ctx, FormEdit edit, MergingSave.Conflict e) {
        Map<String, String> theirs = formOf(e.theirs);
        Map<String, String> form = edit.onTopOf(theirs);
        form.put("reason", Objects.requireNonNullElse(Forms.text(ctx, "reason"), ""));
        Page page = new Page(e.theirs, form);
        page.conflict = e.theirs;
        page.theirFields = e.theirFields;
        page.contested = e.contested;
        render(ctx, 409, page);
    }

    /** What the form was loaded with, carried on after an error so the next save still compares with it. */
    private static Map<String, String> wasOf(Context ctx, Item item) {
        Map<String, String> was = new LinkedHashMap<>(formOf(item));
        for (String field : FormEdit.FIELDS) {
            if (ctx.formParam("was_" + field) != null) {
                was.put(field, ctx.formParam("was_" + field));
            }
        }
        if (Forms.text(ctx, "version") != null) {
            was.put("version", Forms.text(ctx, "version"));
        }
        return was;
    }

    /** Everything the item template shows besides the item itself. */
    private static final class Page {
        final Item item;
        final Map<String, String> form;
        Map<String, String> was;
        Map<String, String> errors = Map.of();
        Item conflict;
        Set<String> theirFields = Set.of();
        Set<String> contested = Set.of();
        List<String> merged = List.of();
        String mergedWith;
        String comment = "";

        Page(Item item, Map<String, String> form) {
            this.item = item;
            this.form = form;
            this.was = formOf(item);
        }
    }

    private void render(Context ctx, int status, Page page) {
        Item item = page.item;
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        String projectKey = items.projectKeyOf(item);
        model.put("projectKey", projectKey);
        model.put("sync", jira.forItem(projectKey, item.id()));
        model.put("mentions", Quote.of(items.mentions(item.id())));
        model.put("history", items.history(item.id()));
        model.put("comments", comments.of(item.id()));
        model.put("comment", page.comment);
        model.put("form", page.form);
        model.put("was", page.was);
        model.put("wasFields", FormEdit.FIELDS);
        model.put("errors", page.errors);
        model.put("conflict", page.conflict);
        model.put("theirFields", page.theirFields);
        model.put("contested", page.contested);
        model.put("theirValues", page.conflict == null ? Map.of() : formOf(page.conflict));
        model.put("merged", page.merged);
        model.put("mergedWith", page.mergedWith);
        model.put("overdue", item.overdue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        model.put("people", people.suggestions(item.assignee() == null ? List.of() : List.of(item.assignee())));
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
        form.put("phase", String.valueOf(item.phase()));
        form.put("severity", item.severity().label());
        form.put("category", Objects.toString(item.category(), ""));
        form.put("effort", item.effort().toString());
        form.put("version", String.valueOf(item.version()));
        return form;
    }
}
