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

    PhaseTally add(ScoredItem item) {
        boolean open = !item.resolved();
        Double max = !open ? remainingMax
                : remainingMax == null || item.effortMax() == null ? null : remainingMax + item.effortMax();
        return new PhaseTally(phase, total + 1, resolved + (open ? 0 : 1), done + (item.done() ? 1 : 0),
                totalWeight + item.weight(), doneWeight + (item.done() ? item.weight() : 0),
                remainingMin + (open ? item.effortMin() : 0), max);
    }
}
