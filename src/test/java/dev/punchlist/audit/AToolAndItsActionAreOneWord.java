package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AToolAndItsActionAreOneWord {
    private static final String REPORT = """
            # Wiki Audit

            ## Findings

            #### Password validation is switched off
            **Severity:** High
            Every password rule in the settings is commented out.

            #### Uploads keep their original names
            **Severity:** Low
            Files are stored under the name the user gave them.

            ## Next Steps
            1. Restore the password validators
            """;

    @Test
    void validators_restate_the_finding_about_validation() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings().get(0).lines()).containsExactly(5, 14);
    }
}
