package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableReportsYieldOneItemPerRow {
    private static final String REPORT = """
            # Acme Shop Security Audit

            ## Findings

            | ID | Issue | Severity | Component | Effort | Status |
            |----|-------|----------|-----------|--------|--------|
            | A-1 | Session cookie lacks Secure flag | High | Web | 1h | Open |
            | A-2 | Admin panel reachable without VPN | Critical | Infra | 1-2 days | Open |
            | A-3 | Outdated jQuery bundled in checkout | Low | Web | 30 min | Open |
            | A-4 | Passwords hashed with bcrypt | Info | Auth | - | ✅ Done |
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void every_open_row_becomes_one_finding() {
        assertThat(report.findings()).extracting(Finding::title).containsExactly(
                "Session cookie lacks Secure flag", "Admin panel reachable without VPN",
                "Outdated jQuery bundled in checkout");
    }

    @Test
    void severity_effort_and_category_come_from_their_columns() {
        Finding admin = report.findings().get(1);
        assertThat(admin.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(admin.phase()).isZero();
        assertThat(admin.effort().minHours()).isEqualTo(8.0);
        assertThat(admin.effort().maxHours()).isEqualTo(16.0);
        assertThat(admin.category()).isEqualTo("Infra");
        assertThat(report.findings().get(2).effort().maxHours()).isEqualTo(0.5);
    }

    @Test
    void a_row_whose_status_says_done_is_not_work() {
        assertThat(report.notWork()).anySatisfy(n -> {
            assertThat(n.text()).contains("bcrypt");
            assertThat(n.line()).isEqualTo(10);
        });
    }

    @Test
    void each_finding_points_at_its_row() {
        assertThat(report.findings().get(0).lines()).containsExactly(7);
    }
}
