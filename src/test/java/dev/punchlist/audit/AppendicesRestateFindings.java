package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppendicesRestateFindings {
    private static final String REPORT = """
            # Vault Audit

            ## Findings

            ### F-1: Backups are never restored in a drill
            **Severity:** High
            **Fix:** Schedule a monthly restore drill of the backups.

            ## Appendix

            ### Top 5 actions
            1. Run a monthly backup restore drill
            2. Celebrate the launch with the team
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void an_appendix_list_adds_mentions_and_never_new_findings() {
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.lines()).containsExactly(5, 12));
        assertThat(report.notWork()).extracting(NotWork::line).contains(13);
    }
}
