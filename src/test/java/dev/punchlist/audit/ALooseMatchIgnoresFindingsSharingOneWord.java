package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ALooseMatchIgnoresFindingsSharingOneWord {
    private static final String REPORT = """
            # Lantern Review

            ## Findings

            ### 1. **No Form Input Validation/Sanitization**
            **Severity: HIGH**

            Handlers accept user input directly and store it as is. Fix:

            ```js
            const schema = yup.object({ name: yup.string().max(200) });
            ```

            ### 2. **Missing Startup Config Validation**
            **Severity: LOW**

            Settings are read without any checks.

            ### 3. **Upload Validation by Extension Only**
            **Severity: MEDIUM**

            Renamed executables pass.

            ## Checklist

            - [ ] **CRITICAL:** Add input validation with Yup or similar
            - [ ] **LOW:** Add rate limits to login
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void a_checklist_item_joins_the_one_finding_sharing_two_of_its_words() {
        assertThat(report.findings()).filteredOn(f -> f.title().contains("Input Validation")).singleElement()
                .satisfies(f -> {
                    assertThat(f.lines()).hasSize(2);
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                });
        assertThat(report.findings()).extracting(Finding::title).noneMatch(t -> t.contains("Yup"));
    }
}
