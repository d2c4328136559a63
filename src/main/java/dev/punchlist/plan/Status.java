package dev.punchlist.plan;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** Where an item stands. Done and won't-fix both resolve an item for the phase gates. */
public enum Status {
    TODO, IN_PROGRESS, BLOCKED, DONE, WONT_FIX;

    public boolean resolved() {
        return this == DONE || this == WONT_FIX;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(field,
                        "must be one of todo, in_progress, blocked, done, wont_fix"));
    }
}
