package dev.punchlist.plan;

import java.time.Instant;
import java.util.Map;

/**
 * One imported report, without its text.
 *
 * @param baseline   the stated overall score on 0–100, or {@code null}
 * @param categories stated category scores on 0–100
 */
public record AuditSummary(long id, String title, Double scoreOverall, Double scoreScale, Double baseline,
                           Map<String, Double> categories, String verdict, String sha256, String parserVersion,
                           Instant importedAt, String importedBy) {
}
