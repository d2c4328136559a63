package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ASchedulesOtherTasksAreNotFindings {
    private static final String REPORT = """
            # Lantern Audit

            ## Issues
            ### Plaintext Backup Archives
            - **Issue:** nightly archives are written unencrypted
            - **Fix:** encrypt archives with the ops key

            ### Stale Feature Toggles
            - **Issue:** dozens of toggles are never read
            - **Fix:** delete the dead toggles

            ## Schedule
            - **Day 1:** Plaintext backup archives, stakeholder sync, demo rehearsal
            - **Day 2:** Dashboard theming, onboarding copy
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_line_naming_a_known_finding_only_adds_a_mention() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Backup")).singleElement()
                .satisfies(f -> assertThat(f.lines()).contains(13));
        assertThat(report.findings()).extracting(Finding::title)
                .noneMatch(t -> t.contains("stakeholder") || t.contains("rehearsal"));
    }

    @Test
    void a_line_naming_nothing_known_is_still_work() {
        assertThat(report.findings()).extracting(Finding::title).anyMatch(t -> t.contains("Dashboard theming"));
    }
}
