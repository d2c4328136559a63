package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EffortIsReadInEveryCommonForm {
    private static final String REPORT = """
            # Effort Forms

            ## Issues
            1. **Rotate signing keys** (2 hours)
            2. **Purge stale sessions** (30 min)
            3. **Split the monolith service** (3-4 hrs)
            4. **Migrate reporting database** (1-2 days)
            5. **Rewrite the importer** (1 week)
            6. **Raise unit test coverage** (20+ hours)
            7. **Tune connection pool** (~15 hours)
            8. **Document the on-call rota**

            ## Schedule
            ### Phase 1 (Week 1-2)
            **Duration:** 10-12 hours
            - Day 1-2: Rotate signing keys
            """;

    private final List<Finding> findings = new AuditReader().read(REPORT).findings();

    private Effort effort(int index) {
        return findings.get(index).effort();
    }

    @Test
    void hours_minutes_ranges_days_and_weeks_become_hours() {
        assertThat(effort(0).minHours()).isEqualTo(2.0);
        assertThat(effort(1).maxHours()).isEqualTo(0.5);
        assertThat(effort(2).minHours()).isEqualTo(3.0);
        assertThat(effort(2).maxHours()).isEqualTo(4.0);
        assertThat(effort(3).minHours()).isEqualTo(8.0);
        assertThat(effort(3).maxHours()).isEqualTo(16.0);
        assertThat(effort(4).maxHours()).isEqualTo(40.0);
        assertThat(effort(6).minHours()).isEqualTo(15.0);
    }

    @Test
    void open_ended_estimates_have_no_maximum() {
        assertThat(effort(5).minHours()).isEqualTo(20.0);
        assertThat(effort(5).maxHours()).isNull();
    }

    @Test
    void the_original_wording_is_kept() {
        assertThat(effort(2).text()).isEqualTo("3-4 hrs");
    }

    @Test
    void no_estimate_means_none_stated() {
        assertThat(effort(7)).isNull();
    }

    @Test
    void phase_budgets_and_schedule_slots_are_not_item_estimates() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.budgets()).singleElement().satisfies(b -> assertThat(b.text()).contains("10-12 hours"));
        assertThat(report.findings().get(0).effort().maxHours()).isEqualTo(2.0);
        assertThat(report.findings()).hasSize(8);
    }

    @Test
    void an_effort_field_inside_the_item_line_is_read_and_left_out_of_the_title() {
        Report report = new AuditReader().read("""
                # Template
                ## Reliability
                - [ ] **High:** Set timeouts on outbound calls — Effort: 3-4 hours
                """);
        Finding timeouts = report.findings().get(0);
        assertThat(timeouts.title()).isEqualTo("Set timeouts on outbound calls");
        assertThat(timeouts.effort().minHours()).isEqualTo(3.0);
        assertThat(timeouts.effort().maxHours()).isEqualTo(4.0);
        assertThat(timeouts.severity()).isEqualTo(Severity.HIGH);
    }
}
