package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsMeetTheWordsTheyStandFor {
    private static final String REPORT = """
            # Kiosk Audit

            ## Findings

            #### Kiosk reads its settings from hard-coded values
            **Severity:** High
            The kiosk ignores environment variables and ships with the office address baked in.

            #### Receipt printer jams are not reported
            **Severity:** Low
            Jams only show on the device.

            ## Next Steps
            1. Kiosk env vars
            """;

    @Test
    void env_vars_restate_a_finding_about_environment_variables() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings().get(0).lines()).containsExactly(5, 14);
    }

    @Test
    void qualifiers_and_short_forms_do_not_change_what_a_title_names() {
        assertThat(Tokens.of("strong db password")).isEqualTo(Tokens.of("database password"));
        assertThat(Tokens.of("comprehensive repo config checks")).isEqualTo(Tokens.of("repository configuration checks"));
    }
}
