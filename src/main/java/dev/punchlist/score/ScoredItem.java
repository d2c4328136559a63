package dev.punchlist.score;

/**
 * What the readiness model needs to know of one checklist item.
 *
 * @param weight   score weight of its severity
 * @param done     fixed (earns score credit)
 * @param resolved done or won't fix (counts for the phase gates)
 */
public record ScoredItem(long id, String title, int weight, int phase, String category, boolean done,
                         boolean resolved, double effortMin, Double effortMax) {
}
