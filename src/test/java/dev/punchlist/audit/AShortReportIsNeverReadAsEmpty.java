package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AShortReportIsNeverReadAsEmpty {
    private static final String REPORT = """
            # Audit

            ## Security

            - **High:** Sanitise user input before rendering

            ## Strengths
            - Dependencies are pinned
            """;

    /** A model that takes nothing for work: what a model fitted on long reports may do with a short one. */
    private static final WorkModel DOUBTS_EVERYTHING = new WorkModel(Map.of("bias", -5.0), 0.5, 0.5, 1.01, Map.of());

    @Test
    void when_the_model_keeps_nothing_the_layout_rules_items_are_shown_marked_doubtful() {
        Report report = new AuditReader(AuditReader.DEFAULT_LIMIT_BYTES, DOUBTS_EVERYTHING).read(REPORT);
        assertThat(report.findings()).extracting(Finding::title).containsExactly("Sanitise user input before rendering");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.doubtful()).isTrue());
        assertThat(report.notWork()).anySatisfy(n -> assertThat(n.text()).contains("Dependencies are pinned"));
    }
}
