package dev.punchlist.plan;

/**
 * Effort in hours as a range; {@code max} is {@code null} when open-ended ("20+ hours").
 */
public record EffortRange(double min, Double max) {
    public static final EffortRange ZERO = new EffortRange(0, 0.0);

    public EffortRange {
        if (!Double.isFinite(min) || (max != null && !Double.isFinite(max))) {
            throw new InvalidInputException("effort", "must be a finite number of hours");
        }
        if (min < 0 || (max != null && max < min)) {
            throw new InvalidInputException("effort", "needs 0 <= min <= max hours");
        }
    }

    public EffortRange plus(EffortRange other) {
        Double sum = max == null || other.max == null ? null : max + other.max;
        return new EffortRange(min + other.min, sum);
    }

    @Override
    public String toString() {
        return max == null ? fmt(min) + "+ h" : min == max ? fmt(min) + " h" : fmt(min) + "–" + fmt(max) + " h";
    }

    private static String fmt(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
