package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemsOfOnePlanStayApart {
    private static final String REPORT = """
            # Billing Service Plan

            ## Implementation Plan

            ### Phase 1: Errors (Week 1)
            - [ ] Return structured error responses with request IDs
            - [ ] Add a global exception handler

            ### Phase 2: Operations (Week 2)
            - [ ] Write structured logs with request IDs
            - [ ] Implement performance/load testing
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void items_of_one_plan_that_share_words_are_different_work() {
        assertThat(report.findings()).extracting(Finding::title).contains(
                "Return structured error responses with request IDs", "Write structured logs with request IDs");
    }

    @Test
    void words_joined_by_a_slash_are_not_a_file_path() {
        assertThat(report.findings()).extracting(Finding::title).contains("Implement performance/load testing");
        assertThat(report.findings()).hasSize(4);
    }
}
