package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AProblemAndItsFixShareTheNamedThing {
    private static final String REPORT = """
            # Harbor Audit

            ## Findings
            1. **Verbose Errors On**: `config/app.toml` sets TRACE_ERRORS=true for every environment
            2. **Weak Session Salt**: a hardcoded salt in the settings module
            3. **Slow Order Listing**: orders are scanned on every page load

            ## Plan
            - [ ] Ship a release profile with TRACE_ERRORS=false
            - [ ] Generate a random SESSION_SALT and read it from the environment
            - [ ] Add an index on `orders.placed_at` for the order listing
            - [ ] Add a health check endpoint
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_fix_that_names_the_same_config_key_joins_the_problem() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Verbose")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(4, 9));
    }

    @Test
    void an_identifier_matches_the_same_words_written_apart() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Salt")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(5, 10));
    }

    @Test
    void work_that_names_nothing_known_stays_its_own_finding() {
        assertThat(report.findings()).extracting(Finding::title).contains("Add a health check endpoint");
    }
}
