package dev.punchlist.security;

import dev.punchlist.plan.InvalidInputException;

/** What an API token may do: {@code read} only GET/HEAD; {@code write} anything its user's role allows. */
public enum TokenScope {
    READ, WRITE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TokenScope parse(String value) {
        if ("read".equals(value)) {
            return READ;
        }
        if ("write".equals(value)) {
            return WRITE;
        }
        throw new InvalidInputException("scope", "must be read or write");
    }
}
