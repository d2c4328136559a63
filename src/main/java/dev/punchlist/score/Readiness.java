package dev.punchlist.score;

import java.util.List;

/** A project's readiness with its explanation. */
public record Readiness(double score, Level level, double baseline, double doneWeight, double totalWeight,
                        List<PhaseTally> phases, List<CategoryScore> categories,
                        List<Contribution> contributions) {
    public double remainingMin() {
        return phases.stream().mapToDouble(PhaseTally::remainingMin).sum();
    }

    /** {@code null} when some open item has an open-ended estimate. */
    public Double remainingMax() {
        double sum = 0;
        for (PhaseTally phase : phases) {
            if (phase.remainingMax() == null) {
                return null;
            }
            sum += phase.remainingMax();
        }
        return sum;
    }
}
