package dev.punchlist.audit;

/**
 * An effort estimate in hours, as the report states it.
 *
 * @param minHours lower bound
 * @param maxHours upper bound, or {@code null} when open-ended ("20+ hours")
 * @param text     the report's own wording, e.g. "3-4 hrs"
 */
public record Effort(double minHours, Double maxHours, String text) {
}
