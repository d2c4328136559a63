package dev.punchlist.audit;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrengthsAreNotWork {
    private static final String REPORT = """
            # Billing Service Review

            ## Caching

            **Strengths:**
            - ✅ Redis caching configured for product lookups
            - Rate limiting implemented on the public API

            **Issues:**
            - ⚠️ Redis caching has no eviction policy for sessions
            - Rate limiting missing on the admin API

            ## What Works Well
            - Sentry integration configured

            ## Observability
            - ✅ Structured logs shipped to Loki
            - Sentry DSN missing in production
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    @Disabled("known miss of the learned work model: \"Sentry DSN missing in production\" next to a ticked line is set aside (docs/parser.md, What remains)")
    void strengths_that_share_words_with_findings_are_never_items() {
        assertThat(report.findings()).extracting(Finding::title).containsExactly(
                "Redis caching has no eviction policy for sessions", "Rate limiting missing on the admin API",
                "Sentry DSN missing in production");
    }

    @Test
    void strengths_are_kept_aside_with_a_reason_so_they_can_be_promoted() {
        assertThat(report.notWork()).extracting(NotWork::line).contains(6, 7, 14, 17);
        assertThat(report.notWork()).allSatisfy(n -> assertThat(n.reason()).isNotBlank());
    }

    @Test
    void a_warning_marker_alone_means_medium() {
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.MEDIUM);
    }
}
