package dev.punchlist.score;

/**
 * Totals of one phase: item counts, weights, and the effort still open.
 * {@code remainingMax} is {@code null} when some open item has an open-ended estimate.
 */
public record PhaseTally(int phase, int total, int resolved, int done, double totalWeight, double doneWeight,
                         double remainingMin, Double remainingMax) {
    public static PhaseTally empty(int phase) {
        return new PhaseTally(phase, 0, 0, 0, 0, 0, 0, 0.0);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("gate_met")
    public boolean gateMet() {
        return resolved == total;
    }
}
