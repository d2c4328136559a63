package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ARestatementMayNameWhatTheFindingsExampleShows {
    private static final String REPORT = """
            # Recipe Site Review

            ## Issues

            #### No crash guard in the recipe editor
            **Severity: HIGH**

            One failing widget blanks the whole page.

            ```tsx
            import { Boundary } from "svelte-guard";
            <Boundary fallback={<Oops />}><RecipeEditor /></Boundary>
            ```

            ## Checklist
            - [ ] Crash guard in svelte
            """;

    @Test
    void an_item_naming_a_word_from_the_findings_code_example_restates_it() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.lines()).containsExactly(5, 16));
    }
}
