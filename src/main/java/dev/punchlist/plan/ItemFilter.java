package dev.punchlist.plan;

/** Narrows an item list; {@code null} components do not filter. {@code q} searches title and detail. */
public record ItemFilter(Integer phase, Severity severity, Status status, String assignee, String category, String q) {
    public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null, null);
}
