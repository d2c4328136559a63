package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedFindingsMergeIntoOne {
    private static final String REPORT = """
            # Ledger API Audit

            ## Security

            #### 🔴 Plaintext API keys in config.yaml
            - **File:** `config/config.yaml:12`
            - **Severity:** High
            - **Fix:** Load keys from the secret store
            - **Effort:** 3 hours

            #### Rate limiting on webhooks
            - **Issue:** Webhook endpoint accepts unlimited calls
            - **Severity:** Medium

            #### Rate limiting on login
            - **Issue:** Password guessing is not throttled
            - **Severity:** High

            ## Recommendations

            ### CRITICAL PRIORITY
            1. **Move plaintext API keys to the secret store** (4 hours)

            ## Roadmap
            - Week 1: Move API keys out of config.yaml
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void repeated_finding_becomes_one_with_every_mention() {
        Finding keys = report.findings().get(0);
        assertThat(keys.lines()).containsExactly(5, 22, 25);
        assertThat(report.findings()).filteredOn(f -> f.title().toLowerCase().contains("api keys")).hasSize(1);
    }

    @Test
    void repeated_finding_with_conflicting_severity_keeps_the_detailed_one() {
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void repeated_finding_with_conflicting_effort_keeps_the_detailed_one() {
        Effort effort = report.findings().get(0).effort();
        assertThat(effort.minHours()).isEqualTo(3.0);
        assertThat(effort.maxHours()).isEqualTo(3.0);
    }

    @Test
    void findings_that_share_a_word_stay_apart() {
        assertThat(report.findings()).extracting(Finding::title)
                .contains("Rate limiting on webhooks", "Rate limiting on login");
        assertThat(report.findings()).hasSize(3);
    }
}
