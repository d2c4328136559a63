package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AClosingAsideIsNotPartOfTheName {
    private static final String REPORT = """
            # Photo Archive Audit

            ## Backend (70/100)

            #### Thumbnails are generated on every request
            - **Issue:** The resize runs for each page view
            - **Fix:** Cache thumbnails in object storage
            - **Effort:** 3 hours

            **Minor Issues:**
            - Missing throttling on several upload routes (one client can starve the rest)
            - Album export has no progress display

            ## Performance (80/100)

            #### No Throttling on Some Upload Routes
            - **Issue:** Upload routes accept unlimited parallel requests
            - **Fix:** Add a token bucket per account
            - **Effort:** 2 hours
            """;

    @Test
    void a_minor_issue_with_an_aside_joins_the_finding_that_names_the_same_thing() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings()).filteredOn(f -> f.lines().contains(11)).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(11, 16));
    }

    @Test
    void an_aside_of_a_few_words_is_detail_but_an_abbreviation_or_a_file_is_the_name() {
        assertThat(Merger.withoutTrailingAside("Missing throttling on upload routes (one client can starve the rest)"))
                .isEqualTo("Missing throttling on upload routes");
        assertThat(Merger.withoutTrailingAside("Implement Content Security Policy (CSP)"))
                .isEqualTo("Implement Content Security Policy (CSP)");
        assertThat(Merger.withoutTrailingAside("Split the upload handler (upload_handler.py is 900 lines)"))
                .endsWith("900 lines)");
    }

    @Test
    void a_short_plural_meets_its_singular() {
        assertThat(Tokens.stem("bugs")).isEqualTo(Tokens.stem("bug"));
        assertThat(Tokens.stem("logs")).isEqualTo(Tokens.stem("log"));
        assertThat(Tokens.stem("loss")).isEqualTo("loss");
    }
}
