package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberedFindingsOfOneSectionStayApart {
    private static final String REPORT = """
            # Harbor Review

            ## Security Review

            ### Critical

            #### 1. **Uploads accept any file type**
            **Severity: CRITICAL**

            The upload endpoint trusts the extension. No request size limit is enforced on the server.

            ### High

            #### 2. **Request size limit not enforced on the server**
            **Severity: HIGH**

            A crafted post of many megabytes is parsed in memory.
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void findings_numbered_apart_in_one_review_are_distinct_even_when_one_mentions_the_other() {
        assertThat(report.findings()).extracting(Finding::title)
                .anyMatch(t -> t.contains("Uploads accept any file type"))
                .anyMatch(t -> t.contains("Request size limit"));
    }
}
