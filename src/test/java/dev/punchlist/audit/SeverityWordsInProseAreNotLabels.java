package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityWordsInProseAreNotLabels {
    private static final String REPORT = """
            # Queue Review

            ## Quick Wins
            - Add alerting for queue failures and high latency
            - Create integration tests for critical workflows
            - HIGH: Rotate the broker password
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void an_adjective_in_lower_case_says_nothing_about_severity() {
        assertThat(report.findings()).filteredOn(f -> !f.title().contains("broker"))
                .extracting(Finding::severity).containsOnly(Severity.LOW);
    }

    @Test
    void an_upper_case_label_states_the_severity() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("broker"))
                .extracting(Finding::severity).containsExactly(Severity.HIGH);
    }
}
