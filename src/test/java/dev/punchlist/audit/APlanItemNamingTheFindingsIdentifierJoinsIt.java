package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class APlanItemNamingTheFindingsIdentifierJoinsIt {
    private static final String REPORT = """
            # Parcel Tracker Audit

            ## Gaps

            **Blockers:**
            - The `late_alerts` toggle is missing from the settings table
            - Courier webhooks are not verified

            ## Roadmap

            ### Stage 1 (Week 1)
            - [ ] Add the missing toggles to the settings table
            - [ ] Verify courier webhook signatures

            ### Stage 2 (Week 2)
            - [ ] Seed the `late_alerts` toggle
            - [ ] Add a courier status page
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_second_plan_item_naming_the_same_identifier_is_the_same_work() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("late_alerts")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(6, 12, 16));
    }

    @Test
    void plan_items_without_a_shared_identifier_stay_apart() {
        assertThat(report.findings()).extracting(Finding::title).contains("Add a courier status page");
    }
}
