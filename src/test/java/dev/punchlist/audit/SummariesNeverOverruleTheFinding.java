package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummariesNeverOverruleTheFinding {
    private static final String REPORT = """
            # Shop Audit

            ## Findings

            #### Checkout webhook retries are unbounded
            - **Severity:** Medium
            - **Fix:** Cap checkout webhook retries with backoff
            - **Effort:** 3 hours

            #### Session cookie lacks the Secure flag
            - **Severity:** High
            - **Fix:** Set Secure and SameSite on the session cookie

            ## Executive Summary
            - CRITICAL: checkout webhook retries are unbounded (1 day)
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_summary_line_is_attached_but_the_findings_own_severity_and_effort_win() {
        Finding retries = report.findings().get(0);
        assertThat(retries.lines()).containsExactly(5, 15);
        assertThat(retries.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(retries.effort().minHours()).isEqualTo(3.0);
    }
}
