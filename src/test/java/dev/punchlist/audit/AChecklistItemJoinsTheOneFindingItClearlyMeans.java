package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AChecklistItemJoinsTheOneFindingItClearlyMeans {
    private static final String REPORT = """
            # Gateway Audit

            ## Findings

            ### F-1: CSP allows wildcard script sources
            **Severity:** Low
            The gateway sends a policy with `https:` in script-src, so any host may serve scripts.

            ### F-2: Admin console reachable from the internet
            **Severity:** High
            The admin console listens on the public interface without an allowlist.

            ## Hardening Checklist
            - Tighten CSP and drop wildcard hosts from the policy
            - Enforce HTTPS and HSTS end to end
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void an_item_close_to_one_finding_and_far_from_the_rest_restates_it() {
        assertThat(report.findings().get(0).lines()).containsExactly(5, 14);
    }

    @Test
    void an_item_close_to_no_finding_is_new_work() {
        assertThat(report.findings()).extracting(Finding::title).contains("Enforce HTTPS and HSTS end to end");
        assertThat(report.findings()).hasSize(3);
    }
}
