package dev.punchlist.plan;

import java.time.Instant;

/** One change to one field of an item. */
public record HistoryEntry(long id, long itemId, Instant at, String actor, String source, String field,
                           String oldValue, String newValue, String reason) {
}
