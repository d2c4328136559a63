package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresAndVerdictsAreCurrentNotTargets {
    @Test
    void overall_score_scale_and_categories_are_read() {
        Report report = new AuditReader().read("""
                # Orbit CRM - Production Readiness Audit

                ### Overall Score: **72/100**

                **Status:** NOT PRODUCTION-READY - fix Phase 0 first

                | Category | Score | Notes |
                |----------|-------|-------|
                | Security | 45/100 | weak |
                | Testing | 60/100 | thin |
                """);
        assertThat(report.score().overall()).isEqualTo(72.0);
        assertThat(report.score().scale()).isEqualTo(100.0);
        assertThat(report.score().categories()).containsEntry("Security", 45.0).containsEntry("Testing", 60.0);
        assertThat(report.verdict()).startsWith("NOT PRODUCTION-READY");
        assertThat(report.title()).isEqualTo("Orbit CRM");
    }

    @Test
    void a_target_score_is_not_the_current_score() {
        Report report = new AuditReader().read("""
                # Review
                Final score after fixes: 9.2/10 (estimated)

                The code rates 7.8/10 overall today.
                """);
        assertThat(report.score().overall()).isEqualTo(7.8);
        assertThat(report.score().scale()).isEqualTo(10.0);
        assertThat(report.score().overallPercent()).isEqualTo(78.0);
    }

    @Test
    void percentages_are_out_of_a_hundred() {
        Report report = new AuditReader().read("# Review\n\nOverall readiness score: 78%\n");
        assertThat(report.score().overall()).isEqualTo(78.0);
        assertThat(report.score().scale()).isEqualTo(100.0);
    }

    @Test
    void no_score_and_no_verdict_stay_empty() {
        Report report = new AuditReader().read("# Notes\n\n- Add a README section on backups\n");
        assertThat(report.score().overall()).isNull();
        assertThat(report.verdict()).isNull();
    }

    @Test
    void conditional_and_do_not_deploy_verdicts_are_found() {
        assertThat(new AuditReader().read("# R\n\n**Verdict:** CONDITIONAL APPROVAL for staging\n").verdict())
                .isEqualTo("CONDITIONAL APPROVAL for staging");
        assertThat(new AuditReader().read("# R\n\n❌ **DO NOT DEPLOY TO PRODUCTION**\n").verdict())
                .isEqualTo("DO NOT DEPLOY TO PRODUCTION");
    }
}
