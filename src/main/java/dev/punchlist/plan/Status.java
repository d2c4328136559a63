package dev.punchlist.plan;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;

/** Where an item stands. Done and won't-fix both resolve an item for the phase gates. */
public enum Status {
    TODO, IN_PROGRESS, BLOCKED, DONE, WONT_FIX;

    private static final Map<String, Status> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Status::label, Function.identity()));

    public boolean resolved() {
        return this == DONE || this == WONT_FIX;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String field, String value) {
        Status found = BY_LABEL.get(value.trim().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new InvalidInputException(field,
                        "must be one of todo, in_progress, blocked, done, wont_fix");
        }
        return found;
    }
}
