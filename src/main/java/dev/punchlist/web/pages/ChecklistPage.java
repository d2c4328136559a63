package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.Selection;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.ItemSummary;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.ManualItems;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.StaleVersionException;
import dev.punchlist.plan.Status;
import dev.punchlist.score.PhaseTally;
import dev.punchlist.score.Readiness;
import dev.punchlist.score.ReadinessModel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** {@code /projects/{key}}: the checklist by phase, with filters, in-place changes and bulk actions. */
final class ChecklistPage {
    static final List<String> PHASE_NAMES = List.of("Phase 0 — before anything ships", "Phase 1 — before production",
            "Phase 2 — hardening");

    private final Views views;
    private final Projects projects;
    private final Items items;
    private final ReadinessTracker readiness;
    private final Clock clock;
    private final JiraStates jira;
    private final JiraPushPage pushes;
    private final ItemPage itemPage;
    private final ManualItems manualItems;
    private final People people;

    ChecklistPage(Views views, Projects projects, Items items, ReadinessTracker readiness, Clock clock, JiraStates jira,
                  JiraPushPage pushes, ItemPage itemPage, ManualItems manualItems, People people) {
        this.people = people;
        this.itemPage = itemPage;
        this.manualItems = manualItems;
        this.views = views;
        this.projects = projects;
        this.items = items;
        this.readiness = readiness;
        this.clock = clock;
        this.jira = jira;
        this.pushes = pushes;
    }

    /**
     * One phase: its totals over all its items, how many of them the filters let through (on every page), and
     * those of them on this page.
     */
    /** @param filtered the phase's totals over the items matching the filters ("my remaining hours") */
    record PhaseGroup(PhaseTally tally, PhaseTally filtered, String name, int matching, List<ChecklistRow> rows) {
    }

    /** A link to one page of the checklist, with the filters kept. */
    record PageLink(int number, String href, boolean current) {
    }

    void show(Context ctx) {
        render(ctx, 200, null, Set.of());
    }

    /** An item added by hand: a finding the report missed, or work the team found itself. */
    void add(Context ctx) {
        String key = ctx.pathParam("key");
        try {
            Severity severity = Forms.severity("new_severity", Forms.text(ctx, "new_severity"));
            if (severity == null) {
                throw new InvalidInputException("new_severity", "choose a severity");
            }
            Item added = manualItems.add(key, new ManualItems.NewItem(Forms.text(ctx, "new_title"), severity,
                    Forms.phase("new_phase", Forms.text(ctx, "new_phase")), Forms.effort("new_effort", Forms.text(ctx, "new_effort")),
                    Forms.text(ctx, "new_category"), null, null, null), Viewer.actor(ctx));
            ctx.redirect("/projects/" + key + pageShowing(key, added.id()).query() + "#item-" + added.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            String field = e.field().startsWith("new_") ? e.field() : "new_" + e.field();
            renderWithAddError(ctx, Map.of(field, Forms.problem(e)));
        }
    }

    /** The unfiltered checklist page an item is on, so the redirect after adding one lands on its row. */
    private ChecklistFilter pageShowing(String key, long id) {
        List<ItemSummary> all = items.summaries(projects.get(key));
        int index = IntStream.range(0, all.size()).filter(i -> all.get(i).id() == id).findFirst().orElse(0);
        return new ChecklistFilter(null, null, null, null, null, index / ChecklistFilter.PAGE_SIZE + 1);
    }

    private void renderWithAddError(Context ctx, Map<String, String> errors) {
        ctx.attribute(ADD_ERRORS, errors);
        render(ctx, 400, null, Set.of());
    }

    private static final String ADD_ERRORS = "checklist.addErrors";

    private void render(Context ctx, int status, String bulkError, Set<Long> selected) {
        Project project = projects.get(ctx.pathParam("key"));
        ChecklistFilter filter = ChecklistFilter.of(ctx);
        List<ItemSummary> all = items.summaries(project);
        Set<Long> textMatches = filter.q() == null ? Set.of() : items.idsContaining(project.key(), filter.q());
        Readiness now = readiness.current(project, all);
        LocalDate today = today();
        Map<Long, SyncCell> sync = jira.forProject(project.key());
        List<ItemSummary> matching = all.stream().filter(i -> filter.matches(i, textMatches)).toList();
        int pages = Math.max(1, (matching.size() + ChecklistFilter.PAGE_SIZE - 1) / ChecklistFilter.PAGE_SIZE);
        ChecklistFilter shown = filter.onPage(Math.min(filter.page(), pages));
        int from = (shown.page() - 1) * ChecklistFilter.PAGE_SIZE;
        List<ItemSummary> onPage = matching.subList(from, Math.min(from + ChecklistFilter.PAGE_SIZE, matching.size()));
        List<PhaseTally> filtered = ReadinessModel.tally(
                matching.stream().map(i -> ReadinessTracker.scored(i, project.settings())).toList());
        List<PhaseGroup> phases = new ArrayList<>();
        for (PhaseTally tally : now.phases()) {
            List<ChecklistRow> rows = onPage.stream().filter(i -> i.phase() == tally.phase())
                    .map(i -> ChecklistRow.of(i, today, selected.contains(i.id()), null, cell(sync, i.id()))).toList();
            int inPhase = (int) matching.stream().filter(i -> i.phase() == tally.phase()).count();
            phases.add(new PhaseGroup(tally, filtered.get(tally.phase()), PHASE_NAMES.get(tally.phase()), inPhase,
                    rows));
        }
        String base = "/projects/" + project.key();
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; pages > 1 && n <= pages; n++) {
            links.add(new PageLink(n, base + filter.onPage(n).query(), n == shown.page()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("readiness", now);
        model.put("phases", phases);
        model.put("filters", filter);
        model.put("back", base + shown.query());
        model.put("query", shown.query());
        model.put("filterQuery", filter.onPage(1).query());
        model.put("pages", links);
        model.put("firstShown", from + 1);
        model.put("lastShown", from + onPage.size());
        model.put("statuses", Status.values());
        model.put("severities", Severity.values());
        model.put("assignees", distinct(all, ItemSummary::assignee));
        model.put("people", people.suggestions(distinct(all, ItemSummary::assignee)));
        model.put("categories", distinct(all, ItemSummary::category));
        model.put("shown", matching.size());
        model.put("total", all.size());
        model.put("bulkError", bulkError);
        model.put("form", Forms.input(ctx));
        model.put("jira", sync != null);
        model.put("jiraHealth", sync == null ? null : jira.health(project.key()));
        model.put("flash", flash(ctx));
        Map<String, String> addErrors = ctx.attribute(ADD_ERRORS);
        model.put("errors", addErrors == null ? Map.of() : addErrors);
        model.put("adding", addErrors != null);
        views.render(ctx, status, "checklist/checklist", model);
    }

    /** The message after a redirect here: a Jira push queued, or an item deleted. */
    private static String flash(Context ctx) {
        String kept = ctx.queryParam("kept");
        if (kept != null && kept.matches("[0-9,]{1,2000}")) {
            return "Left item " + kept.replace(",", ", ") + " as it was: someone changed it after you loaded the page. "
                    + "Check it and apply again if still needed; everything else you ticked was changed.";
        }
        String deleted = ctx.queryParam("deleted");
        if (deleted != null && deleted.matches("\\d{1,18}")) {
            return "Item " + deleted + " deleted; the project's history on the settings page keeps what it was and why.";
        }
        return JiraPushPage.flash(ctx);
    }

    private static SyncCell cell(Map<Long, SyncCell> sync, long id) {
        return sync == null ? null : sync.getOrDefault(id, SyncCell.NOT_PUSHED);
    }

    private static Set<String> distinct(List<ItemSummary> all, java.util.function.Function<ItemSummary, String> field) {
        Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.stream().map(field).filter(Objects::nonNull).forEach(values::add);
        return values;
    }

    /** The fields of a checklist row's form. */
    private static final List<String> ROW_FIELDS = List.of("status", "assignee", "due");

    /**
     * Status, assignee and due date of one row: a fragment for htmx, otherwise a redirect back to the list.
     * Only the fields this person changed are saved (see {@link FormEdit}), on top of a colleague's change
     * made meanwhile unless both changed the same field.
     */
    void quick(Context ctx) {
        long id = Forms.id("id", ctx.pathParam("id"));
        String back = Forms.localPath(Forms.text(ctx, "back"), "/items/" + id);
        FormEdit edit = FormEdit.of(ctx, ROW_FIELDS);
        try {
            MergingSave.Saved saved = MergingSave.save(items, people, id, Forms.version(ctx), edit, Viewer.actor(ctx));
            if (Forms.htmx(ctx)) {
                row(ctx, 200, saved.item(), back, null, mergedNote(saved));
            } else {
                ctx.redirect(back + "#item-" + id, HttpStatus.SEE_OTHER);
            }
        } catch (InvalidInputException e) {
            if (Forms.htmx(ctx)) {
                row(ctx, 200, items.get(id), back, e.getMessage() + " — open the item to change it", null);
            } else {
                itemPage.renderWithError(ctx, id, e);
            }
        } catch (MergingSave.Conflict e) {
            if (Forms.htmx(ctx)) {
                row(ctx, 200, e.theirs, back, Objects.requireNonNullElse(e.theirs.updatedBy(), "someone") + " changed "
                        + String.join(", ", e.contested) + " meanwhile — this is their version now; change it again if still needed", null);
            } else {
                itemPage.renderConflict(ctx, edit, e);
            }
        }
    }

    private static String mergedNote(MergingSave.Saved saved) {
        if (saved.theirs() == null || saved.theirFields().isEmpty()) {
            return null;
        }
        return "saved on top of " + Objects.requireNonNullElse(saved.theirs().updatedBy(), "someone") + "'s change to "
                + String.join(", ", saved.theirFields());
    }

    /**
     * The row fragment. htmx swaps it in with a 200 even after an error, because htmx does not swap
     * error responses by default and the row with its message is the useful answer.
     */
    private void row(Context ctx, int status, Item item, String back, String error, String note) {
        String key = items.projectKeyOf(item);
        SyncCell sync = jira.forItem(key, item.id());
        Map<String, Object> model = new HashMap<>();
        model.put("rows", List.of(ChecklistRow.of(item.summary(), today(), false, error, sync)));
        model.put("back", back);
        model.put("projectKey", key);
        model.put("note", note);
        Project project = projects.get(key);
        model.put("readiness", readiness.current(project, items.summaries(project)));
        views.render(ctx, status, "checklist/row-update", model);
    }

    /**
     * A ticked row: its id, and the status and assignee it showed when the page was loaded
     * ({@code "12|todo|ann"}), or only the id from a form that does not send them.
     */
    private record Picked(long id, String wasStatus, String wasAssignee) {
        static Picked parse(String value) {
            String[] parts = value.split("\\|", 3);
            return new Picked(Forms.id("ids", parts[0]), parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
        }

        /** The value this row showed for the field the bulk action sets, or {@code null} when the form did not say. */
        String was(String action) {
            return "assign".equals(action) ? wasAssignee : "status".equals(action) ? wasStatus : null;
        }
    }

    /**
     * Assigns, sets the status or the category of every ticked item, all or none; or pushes them to Jira.
     * As in a row, a colleague's change is never undone: a ticked item whose assignee (or status) someone
     * changed after the page was loaded is left as it is, and the page says which.
     */
    void bulk(Context ctx) {
        String key = ctx.pathParam("key");
        String back = "/projects/" + key + ChecklistFilter.of(ctx).query();
        Map<Long, Picked> picked = new LinkedHashMap<>();
        try {
            for (String value : ctx.formParams("ids")) {
                Picked row = Picked.parse(value);
                picked.put(row.id(), row);
            }
            if (picked.isEmpty()) {
                throw new InvalidInputException("ids", "tick at least one item first");
            }
            String action = Objects.requireNonNullElse(Forms.text(ctx, "action"), "");
            if ("jira".equals(action)) {
                pushes.send(ctx, key, Selection.ofItems(List.copyOf(picked.keySet())), back);
                return;
            }
            ItemPatch patch = bulkPatch(ctx, people);
            List<Long> kept = changedMeanwhile(picked.values(), action, patch);
            List<Items.ItemUpdate> updates = picked.keySet().stream().filter(id -> !kept.contains(id))
                    .map(id -> new Items.ItemUpdate(id, null, patch)).toList();
            if (!updates.isEmpty()) {
                items.updateAll(key, updates, Viewer.actor(ctx));
            }
            ctx.redirect(kept.isEmpty() ? back : back + (back.contains("?") ? "&" : "?") + "kept="
                    + kept.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")), HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            render(ctx, 400, e.getMessage(), picked.keySet());
        }
    }

    /** Ticked items whose field someone changed since the page was loaded, to a value other than the one chosen now. */
    private List<Long> changedMeanwhile(java.util.Collection<Picked> picked, String action, ItemPatch patch) {
        String chosen = patch.assignee() != null ? Objects.toString(patch.assignee().value(), "")
                : patch.status() != null ? patch.status().label() : null;
        List<Long> kept = new ArrayList<>();
        for (Picked row : picked) {
            String was = row.was(action);
            if (was == null || chosen == null) {
                continue;
            }
            Item now = items.get(row.id());
            String current = "assign".equals(action) ? Objects.toString(now.assignee(), "") : now.status().label();
            if (!current.equalsIgnoreCase(was.strip()) && !current.equalsIgnoreCase(chosen)) {
                kept.add(row.id());
            }
        }
        return kept;
    }

    private static ItemPatch bulkPatch(Context ctx, People people) {
        String action = Objects.requireNonNullElse(Forms.text(ctx, "action"), "");
        return switch (action) {
            case "assign" -> ItemPatch.assignee(people.canonical(Forms.text(ctx, "bulk_assignee")));
            case "status" -> {
                Status status = Forms.status("bulk_status", Forms.text(ctx, "bulk_status"));
                if (status == null) {
                    throw new InvalidInputException("bulk_status", "choose a status");
                }
                yield ItemPatch.status(status, Forms.text(ctx, "bulk_reason"));
            }
            // how a lead maps items to the report's categories, or renames one: filter by it, tick all, set the new name
            case "category" -> new ItemPatch(null, null, null, null, null, null, null, null,
                    new ItemPatch.Value<>(Forms.text(ctx, "bulk_category")), null);
            default -> throw new InvalidInputException("action", "choose assign, set status, set category or push to Jira");
        };
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
