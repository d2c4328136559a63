package dev.punchlist.audit;

import java.util.Map;

/**
 * The report's own current score (not a target).
 *
 * @param overall    the stated overall score, or {@code null}
 * @param scale      what it is out of (100, 10, 5), or {@code null}
 * @param categories stated category scores, on the same scale as {@code overall}, in report order
 */
public record ReportScore(Double overall, Double scale, Map<String, Double> categories) {
    public static final ReportScore NONE = new ReportScore(null, null, Map.of());

    public ReportScore {
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
    }

    /** The overall score on a 0–100 scale, or {@code null} when the report states none. */
    public Double overallPercent() {
        return overall == null ? null : overall * 100.0 / (scale == null ? 100.0 : scale);
    }
}
