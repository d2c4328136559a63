package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ARatingNoteIsNotPartOfTheTitle {
    private static final String REPORT = """
            # Print Queue Review

            ## Nice-to-have Improvements
            - Add a .dockerignore to keep the build context small (value: medium, effort: S)
            - Cache rendered previews (valor: alto, esfuerzo: M)
            """;

    @Test
    void closing_label_value_pairs_rate_the_item_and_are_left_out_of_its_title() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings()).extracting(Finding::title).containsExactly(
                "Add a .dockerignore to keep the build context small", "Cache rendered previews");
    }
}
