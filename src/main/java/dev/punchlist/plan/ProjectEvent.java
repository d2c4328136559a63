package dev.punchlist.plan;

import java.time.Instant;

/** One entry of a project's own history: an item deleted, an import undone, settings changed. */
public record ProjectEvent(Instant at, String actor, String action, String detail) {
}
