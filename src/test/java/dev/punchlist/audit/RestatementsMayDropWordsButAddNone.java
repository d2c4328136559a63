package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestatementsMayDropWordsButAddNone {
    private static final String REPORT = """
            # Relay Audit

            ## Issues
            - Stripe webhook signatures are never verified against the signing secret
            - Password reset tokens never expire
            - Upload size is unlimited on the avatar endpoint

            ## Recommendations
            - Verify Stripe webhook signatures
            - Expire password reset tokens
            - Limit upload size on the import endpoint
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_shorter_list_item_whose_words_all_appear_in_a_finding_restates_it() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Stripe")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(4, 9));
        assertThat(report.findings()).filteredOn(f -> f.title().toLowerCase().contains("reset")).hasSize(1);
    }

    @Test
    void a_list_item_that_names_something_new_is_a_finding_of_its_own() {
        assertThat(report.findings()).extracting(Finding::title).contains("Limit upload size on the import endpoint");
        assertThat(report.findings()).hasSize(4);
    }
}
