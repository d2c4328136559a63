package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ASeverityRankingIsEachFindingsOwnSeverity {
    private static final String INDEX = """
            # Greenhouse Sensor Hub Review

            ## Findings

            | Issue | Location | Severity |
            |-------|----------|----------|
            | Firmware update endpoint accepts unsigned images | ota.c | HIGH |
            | Humidity readings drift after a reboot | sensors.c | MEDIUM |

            ## Priority Index

            ### Critical (Block Release)
            1. Firmware update endpoint accepts unsigned images

            ### Medium (Later)
            2. Humidity readings drift after a reboot
            """;

    private static final String SUMMARY = """
            # Greenhouse Sensor Hub Review

            ## Findings

            #### Risk 1: Humidity readings drift after a reboot
            **Severity:** MEDIUM
            The calibration table is not reloaded from flash.

            #### Risk 2: Firmware update endpoint accepts unsigned images
            **Severity:** HIGH
            Anyone on the network can flash the hub.

            ## Summary

            ### By Severity

            **High (2):**
            1. Firmware update endpoint accepts unsigned images
            2. Humidity readings drift after a reboot

            **Low (0):**
            - none
            """;

    @Test
    void a_tier_of_a_priority_index_counts_as_much_as_the_rows_own_severity() {
        Report report = new AuditReader().read(INDEX);
        assertThat(report.findings()).filteredOn(f -> f.title().contains("unsigned")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Humidity")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }

    @Test
    void a_summary_that_ranks_by_severity_is_not_outvoted_by_a_lower_field() {
        Report report = new AuditReader().read(SUMMARY);
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Humidity")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }
}
