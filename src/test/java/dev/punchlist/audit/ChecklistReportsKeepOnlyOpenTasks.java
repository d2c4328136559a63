package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistReportsKeepOnlyOpenTasks {
    private static final String REPORT = """
            # Launch Checklist

            ## Pre-Deployment Checklist

            ### Security
            - [x] Secrets loaded from the environment
            - [ ] Rotate the staging database password
            - [ ] Web application firewall (optional)

            ### Operations
            - [x] Health endpoint implemented
            - [ ] Nightly backup job with restore drill
              - Keep 14 days of snapshots

            ## Success Metrics
            - [ ] Error rate below 0.1%
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void open_tasks_are_findings_and_ticked_ones_are_not() {
        assertThat(report.findings()).extracting(Finding::title).containsExactly(
                "Rotate the staging database password", "Web application firewall (optional)",
                "Nightly backup job with restore drill");
        assertThat(report.notWork()).extracting(NotWork::text)
                .contains("Secrets loaded from the environment", "Health endpoint implemented");
    }

    @Test
    void a_pre_deployment_list_places_its_tasks_before_production() {
        Finding rotate = report.findings().get(0);
        assertThat(rotate.phase()).isEqualTo(1);
        assertThat(rotate.phaseFromReport()).isTrue();
    }

    @Test
    void optional_tasks_are_low_and_can_wait() {
        Finding waf = report.findings().get(1);
        assertThat(waf.severity()).isEqualTo(Severity.LOW);
        assertThat(waf.phase()).isEqualTo(2);
    }

    @Test
    void sub_bullets_are_detail_of_their_task() {
        assertThat(report.findings().get(2).detail()).contains("Keep 14 days of snapshots");
    }

    @Test
    void success_metrics_are_targets_not_tasks() {
        assertThat(report.notWork()).anySatisfy(n -> assertThat(n.text()).contains("Error rate below"));
    }
}
