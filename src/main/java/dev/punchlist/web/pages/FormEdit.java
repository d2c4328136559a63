package dev.punchlist.web.pages;

import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.ItemPatch;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one person changed in an item form: each field compared with the value the form was loaded
 * with, which the form carries back as {@code was_<field>}. Only those fields go to the item, so a save
 * never writes back a stale value of a field this person did not touch. A field sent without its
 * {@code was_} value (a script, a page from before) counts as changed: a versionless form sets exactly
 * the fields it names.
 */
final class FormEdit {
    static final List<String> FIELDS = List.of("title", "status", "assignee", "due", "effort", "phase", "severity", "category");

    private final Map<String, String> base = new LinkedHashMap<>();
    private final Map<String, String> mine = new LinkedHashMap<>();
    private final String reason;

    private FormEdit(Context ctx, List<String> fields) {
        for (String field : fields) {
            String value = ctx.formParam(field);
            String was = ctx.formParam("was_" + field);
            if (was != null) {
                base.put(field, was);
            }
            if (value != null && (was == null || !same(field, value, was))) {
                mine.put(field, value);
            }
        }
        this.reason = Forms.text(ctx, "reason");
    }

    static FormEdit of(Context ctx, List<String> fields) {
        return new FormEdit(ctx, fields);
    }

    /** The fields this person changed, with the values they typed. */
    Map<String, String> mine() {
        return mine;
    }

    /** Fields the item now holds differently from what this person's form was loaded with. */
    Set<String> changedByThem(Map<String, String> theirs) {
        Set<String> fields = new LinkedHashSet<>();
        base.forEach((field, was) -> {
            if (!same(field, theirs.get(field), was)) {
                fields.add(field);
            }
        });
        return fields;
    }

    /** Fields both changed, to different values: the only ones where one person's change would undo the other's. */
    Set<String> contested(Map<String, String> theirs) {
        Set<String> fields = new LinkedHashSet<>();
        mine.forEach((field, value) -> {
            String was = base.get(field);
            boolean theyChanged = was == null || !same(field, theirs.get(field), was);
            if (theyChanged && !same(field, theirs.get(field), value)) {
                fields.add(field);
            }
        });
        return fields;
    }

    /** Their values, with this person's changes on top: what a form shown after a conflict holds. */
    Map<String, String> onTopOf(Map<String, String> theirs) {
        Map<String, String> form = new LinkedHashMap<>(theirs);
        form.putAll(mine);
        return form;
    }

    /** The change to send: only the fields this person changed. A bad value throws naming its field. */
    ItemPatch patch() {
        return patch(name -> name);
    }

    /** The same, with a typed assignee put the way {@code names} spells it (an account's own name). */
    ItemPatch patch(java.util.function.UnaryOperator<String> names) {
        return new ItemPatch(mine.containsKey("title") ? Objects.requireNonNullElse(text("title"), "") : null,
                mine.containsKey("status") ? Forms.status("status", text("status")) : null,
                mine.containsKey("assignee") ? new ItemPatch.Value<>(names.apply(text("assignee"))) : null,
                mine.containsKey("due") ? new ItemPatch.Value<>(Forms.date("due", text("due"))) : null,
                null,
                mine.containsKey("phase") ? Forms.phase("phase", text("phase")) : null,
                mine.containsKey("effort") ? requireEffort() : null,
                mine.containsKey("severity") ? Forms.severity("severity", text("severity")) : null,
                mine.containsKey("category") ? new ItemPatch.Value<>(text("category")) : null, reason);
    }

    private dev.punchlist.plan.EffortRange requireEffort() {
        if (text("effort") == null) {
            throw new InvalidInputException("effort", "must be hours like 3, 2-4 or 20+");
        }
        return Forms.effort("effort", text("effort"));
    }

    private String text(String field) {
        String value = mine.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Equal as the item would store them: blank is none, effort "2-4" is "2–4 h". */
    private static boolean same(String field, String a, String b) {
        return normal(field, a).equals(normal(field, b));
    }

    private static String normal(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (field.equals("effort") && !text.isEmpty()) {
            try {
                return Forms.effort(field, text).toString();
            } catch (InvalidInputException e) {
                return text;
            }
        }
        return text;
    }
}
