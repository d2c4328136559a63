package dev.punchlist.score;

/** How many points one done item added to the score. */
public record Contribution(long itemId, String title, String category, double points) {
}
