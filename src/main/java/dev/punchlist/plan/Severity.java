package dev.punchlist.plan;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;

/** How bad a checklist item is; fixes its default phase, score weight and effort estimate. */
public enum Severity {
    CRITICAL(0), HIGH(1), MEDIUM(2), LOW(2);

    private static final Map<String, Severity> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Severity::label, Function.identity()));

    private final int defaultPhase;

    Severity(int defaultPhase) {
        this.defaultPhase = defaultPhase;
    }

    public int defaultPhase() {
        return defaultPhase;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String field, String value) {
        Severity found = BY_LABEL.get(value.trim().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new InvalidInputException(field, "must be one of critical, high, medium, low");
        }
        return found;
    }

    /** A report's "info" finding is still work someone chose to track, so it lands as low. */
    public static Severity of(dev.punchlist.audit.Severity reported) {
        return reported == dev.punchlist.audit.Severity.INFO ? LOW : valueOf(reported.name());
    }
}
