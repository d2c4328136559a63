package dev.punchlist.score;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How far a project may go, gated by phases: each level needs every item of the phases before it resolved. */
public enum Level {
    NOT_READY("Not ready"),
    STAGING_READY("Staging-ready"),
    PRODUCTION_READY("Production-ready"),
    HARDENED("Hardened");

    private final String title;

    Level(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level reached when phases {@code 0 .. resolvedPhases-1} are fully resolved. */
    static Level reachedWith(int resolvedPhases) {
        return values()[resolvedPhases];
    }
}
