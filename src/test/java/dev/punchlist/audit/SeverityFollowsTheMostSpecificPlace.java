package dev.punchlist.audit;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityFollowsTheMostSpecificPlace {
    private static final String REPORT = """
            # Notes App Review

            ## Issues

            #### No Content Security Policy on the editor
            **Severity: MEDIUM**
            Inline scripts run unchecked in the note editor.

            ## Security Checklist
            - [ ] **HIGH:** Add a Content Security Policy to the note editor

            ## Implementation Order
            1. **Week 1 (Polish)**
               - Tidy the settings page spacing
            2. **Week 2 (Testing & Hardening)**
               - Run a penetration test of the sync API
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void equally_specific_places_that_disagree_settle_on_the_graver_one() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Content Security Policy")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void a_time_box_named_polish_holds_low_work() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("spacing")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
    }

    @Test
    @Disabled("known miss of the learned work model: the week-2 task \"Run a penetration test of the sync API\" is set aside (docs/parser.md, What remains)")
    void hardening_is_needed_work_not_an_extra() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("penetration")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }
}
