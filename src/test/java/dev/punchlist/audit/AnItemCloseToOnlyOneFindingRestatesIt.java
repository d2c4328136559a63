package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnItemCloseToOnlyOneFindingRestatesIt {
    private static final String REPORT = """
            # Quarry Audit

            ## Findings
            ### Q-1: Schema changes applied by hand on the server
            Severidad: Medium
            Operators run schema scripts manually after each release.

            ### Q-2: Image thumbnails generated on every request
            Severidad: Low
            The gallery renders each thumbnail again for every visitor.

            ## Deployment Checklist
            - Schema changes run with each release, never manually.
            - Thumbnails generated once and cached on disk.
            - Add regression tests for thumbnail generation.
            - Alerting on disk usage above 80%.
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_checklist_line_worded_from_one_finding_only_adds_a_mention() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Schema changes applied")).singleElement()
                .satisfies(f -> assertThat(f.lines()).contains(13));
    }

    @Test
    void adding_tests_for_a_finding_is_work_of_its_own() {
        assertThat(report.findings()).extracting(Finding::title).anyMatch(t -> t.contains("regression tests"));
        assertThat(report.findings()).extracting(Finding::title).anyMatch(t -> t.contains("disk usage"));
    }
}
