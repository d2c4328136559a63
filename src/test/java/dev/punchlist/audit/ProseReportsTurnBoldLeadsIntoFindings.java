package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseReportsTurnBoldLeadsIntoFindings {
    private static final String REPORT = """
            # Readiness Review

            A short look at the service before its first release.

            ## Backend
            - **Request logging prints access tokens.** The middleware writes the Authorization header to \
            stdout on every call. Redact the header before logging.
            - **Uploads are kept on the container disk.** Files vanish on redeploy; move them to object storage.

            ## Recommended Next Steps
            1. **Redact access tokens from request logs.**
               - Add a log filter that masks the Authorization header.
            2. **Move uploads to object storage.**
            3. **Celebrate the launch with the team.**
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void each_bold_led_bullet_is_one_finding_titled_by_its_lead() {
        assertThat(report.findings()).extracting(Finding::title).containsExactly(
                "Request logging prints access tokens", "Uploads are kept on the container disk");
    }

    @Test
    void next_steps_add_mentions_to_the_findings_they_restate() {
        assertThat(report.findings().get(0).lines()).containsExactly(6, 10);
        assertThat(report.findings().get(1).lines()).containsExactly(7, 12);
    }

    @Test
    void a_next_step_that_restates_nothing_is_left_out_not_invented() {
        assertThat(report.notWork()).anySatisfy(n -> assertThat(n.text()).contains("Celebrate"));
    }

    @Test
    void without_any_severity_word_a_finding_is_medium() {
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }
}
