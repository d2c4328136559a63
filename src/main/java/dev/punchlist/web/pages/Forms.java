package dev.punchlist.web.pages;

import dev.punchlist.plan.EffortRange;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.Status;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads HTML form fields; a bad value throws {@link InvalidInputException} naming the field, like the domain does. */
final class Forms {
    private static final Pattern EFFORT = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s*(?:(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)|(\\+))?\\s*(?:h|hrs?|hours?)?\\s*");

    private Forms() {
    }

    /** The trimmed field, or {@code null} when absent or blank. */
    static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Every submitted field (first value of each), to show the user's input again next to errors. */
    static Map<String, String> input(Context ctx) {
        Map<String, String> input = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> input.put(k, v.isEmpty() ? "" : v.get(0)));
        return input;
    }

    static Status status(String field, String value) {
        return value == null ? null : Status.parse(field, value);
    }

    static Severity severity(String field, String value) {
        return value == null ? null : Severity.parse(field, value);
    }

    static Integer phase(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "0" -> 0;
            case "1" -> 1;
            case "2" -> 2;
            default -> throw new InvalidInputException(field, "must be 0, 1 or 2");
        };
    }

    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2025-03-31");
        }
    }

    static long id(String field, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }

    static Integer version(Context ctx) {
        String value = text(ctx, "version");
        return value == null ? null : (int) id("version", value);
    }

    /** Hours as "3", "2-4", "2–4 h", or "20+" (open-ended). */
    static EffortRange effort(String field, String value) {
        if (value == null) {
            return null;
        }
        Matcher m = EFFORT.matcher(value.toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException(field, "must be hours like 3, 2-4 or 20+");
        }
        double min = Double.parseDouble(m.group(1));
        if (m.group(3) != null) {
            return range(field, min, null);
        }
        return range(field, min, m.group(2) == null ? min : Double.parseDouble(m.group(2)));
    }

    private static EffortRange range(String field, double min, Double max) {
        try {
            return new EffortRange(min, max);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, "needs the smaller number first, like 2-4");
        }
    }

    /** A score as a form field shows it: "78", "72.5". */
    static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f", score).replaceAll("\\.0$", "");
    }

    /** Only local paths may be redirect targets, so a crafted "back" field cannot send users elsewhere. */
    static String localPath(String value, String fallback) {
        return value != null && value.startsWith("/") && !value.startsWith("//") && !value.contains("\\") ? value : fallback;
    }

    /** The message of a field error without the field name it starts with, for showing next to the field. */
    static String problem(InvalidInputException e) {
        String message = e.getMessage();
        return message.startsWith(e.field() + " ") ? message.substring(e.field().length() + 1) : message;
    }

    /** True for requests htmx made; they get a fragment back instead of a redirect. */
    static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
