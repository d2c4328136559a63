package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhasesFollowTheReportsOwnTimeBoxes {
    private static Finding find(Report report, String words) {
        return report.findings().stream().filter(f -> f.title().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void now_soon_later_map_to_phases_zero_one_two() {
        Report report = new AuditReader().read("""
                # Plan
                ## Roadmap
                ### NOW (before launch)
                - Patch the image parser (critical)
                ### SOON
                - Add audit trail for refunds
                ### LATER (month 2+)
                - Replace the CSS framework
                """);
        assertThat(find(report, "image parser").phase()).isZero();
        assertThat(find(report, "audit trail").phase()).isEqualTo(1);
        assertThat(find(report, "CSS framework").phase()).isEqualTo(2);
        assertThat(report.findings()).allMatch(Finding::phaseFromReport);
    }

    @Test
    void numbered_phases_without_urgency_words_map_by_order() {
        Report report = new AuditReader().read("""
                # Plan
                ## Phase 1: Foundations (Week 1)
                - [ ] Turn on database backups
                ## Phase 2: Hardening (Week 2)
                - [ ] Pin container base images
                ## Phase 3: Polish (Week 3)
                - [ ] Trim bundle size
                ## Phase 4: Extras (Week 4)
                - [ ] Dark mode
                """);
        assertThat(report.findings()).extracting(Finding::phase).containsExactly(0, 1, 2, 2);
    }

    @Test
    void a_phase_priority_line_sets_its_urgency_and_severity() {
        Report report = new AuditReader().read("""
                # Plan
                ## Phase 1: Security (Week 1)
                **Priority: IMMEDIATE**
                - [ ] Remove default admin account
                ## Phase 2: Stability (Week 2)
                **Priority: MEDIUM**
                - [ ] Add retries to the mailer
                ## Phase 3: Ops (Week 3)
                **Priority: HIGH**
                - [ ] Add alerting on queue depth
                """);
        assertThat(find(report, "admin account").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(find(report, "mailer").phase()).isEqualTo(2);
        assertThat(find(report, "queue depth").phase()).isEqualTo(1);
        assertThat(find(report, "queue depth").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void without_phases_the_phase_follows_severity() {
        Report report = new AuditReader().read("""
                # Review
                ## Issues
                - **CRITICAL:** SQL injection in search
                - **HIGH:** No CSRF tokens on forms
                - **LOW:** Verbose server banner
                """);
        assertThat(report.findings()).extracting(Finding::phase).containsExactly(0, 1, 2);
        assertThat(report.findings()).noneMatch(Finding::phaseFromReport);
    }
}
