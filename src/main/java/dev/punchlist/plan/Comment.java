package dev.punchlist.plan;

import java.time.Instant;

/** One entry of an item's comment thread. */
public record Comment(long id, long itemId, Instant at, String author, String body) {
}
