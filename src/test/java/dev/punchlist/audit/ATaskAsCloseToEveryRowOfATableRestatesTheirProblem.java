package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ATaskAsCloseToEveryRowOfATableRestatesTheirProblem {
    private static final String REPORT = """
            # Kiosk Audit

            ## Configuration

            | Variable | Status | Notes |
            |----------|--------|-------|
            | `SHOP_URL` | ⚠️ Hardcoded | Should use env var |
            | `SHOP_TOKEN` | ⚠️ Hardcoded | Should come from a secret store |

            ## Plan

            | Task | Priority | Effort |
            |------|----------|--------|
            | Verify shop env vars | HIGH | 1h |
            | Add a receipt printer jam alert | LOW | 2h |
            """;

    @Test
    void a_task_that_matches_sibling_rows_equally_joins_the_first_of_them() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings()).filteredOn(f -> f.title().equals("SHOP_URL")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(7, 14));
        assertThat(report.findings()).extracting(Finding::title).doesNotContain("Verify shop env vars");
    }
}
