package dev.punchlist.audit;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingContinuedUnderALabelIsAList {
    private static final String REPORT = """
            # Loan Desk Audit

            ## Open Work

            **Now:**
            1. Rotate the signing key of the loan desk API
            2. Lock the admin console behind single sign-on

            **Later:**
            3. Archive closed loan files to cold storage
            4. Replace the nightly CSV export with a stream
            """;

    @Test
    @Disabled("known miss of the learned work model: \"Archive closed loan files to cold storage\" is set aside (docs/parser.md, What remains)")
    void items_numbered_on_from_the_list_before_are_items_not_one_paragraph() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings()).extracting(Finding::title).contains(
                "Archive closed loan files to cold storage", "Replace the nightly CSV export with a stream");
        assertThat(report.findings()).filteredOn(f -> f.title().startsWith("Archive")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(10));
    }
}
