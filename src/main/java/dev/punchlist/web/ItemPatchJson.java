package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.plan.EffortRange;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.ItemPatch.Value;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.Status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads an item change from JSON. A field left out stays as it is; {@code null} clears a clearable
 * field. Unknown fields are refused so a typo never passes silently.
 */
final class ItemPatchJson {
    private static final Set<String> FIELDS = Set.of("title", "status", "assignee", "due", "notes", "phase",
            "effort", "severity", "category", "reason", "id", "version");

    private ItemPatchJson() {
    }

    static ItemPatch read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "is not a field of an item change");
            }
        }
        return new ItemPatch(text(body, "title"), status(body), clearable(body, "assignee"), due(body),
                clearable(body, "notes"), phase(body), effort(body), severity(body), clearable(body, "category"),
                text(body, "reason"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return node.asText();
    }

    private static Value<String> clearable(JsonNode body, String field) {
        return body.has(field) ? new Value<>(text(body, field)) : null;
    }

    private static Status status(JsonNode body) {
        String value = text(body, "status");
        return value == null ? null : Status.parse("status", value);
    }

    private static Severity severity(JsonNode body) {
        String value = text(body, "severity");
        return value == null ? null : Severity.parse("severity", value);
    }

    private static Value<LocalDate> due(JsonNode body) {
        if (!body.has("due")) {
            return null;
        }
        String value = text(body, "due");
        try {
            return new Value<>(value == null ? null : LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("due", "must be a date like 2026-12-31");
        }
    }

    private static Integer phase(JsonNode body) {
        JsonNode node = body.get("phase");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isInt()) {
            throw new InvalidInputException("phase", "must be 0, 1 or 2");
        }
        return node.asInt();
    }

    private static EffortRange effort(JsonNode body) {
        JsonNode node = body.get("effort");
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode min = node.get("min");
        JsonNode max = node.get("max");
        if (!node.isObject() || min == null || !min.isNumber() || (max != null && !max.isNull() && !max.isNumber())) {
            throw new InvalidInputException("effort", "must be {\"min\": hours, \"max\": hours or null}");
        }
        return new EffortRange(min.asDouble(), max == null || max.isNull() ? null : max.asDouble());
    }
}
