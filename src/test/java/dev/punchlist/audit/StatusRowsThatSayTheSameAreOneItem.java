package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRowsThatSayTheSameAreOneItem {
    private static final String REPORT = """
            # Kiln Status

            ## Payments

            | Feature | Status | Notes |
            |---------|--------|-------|
            | Refunds | 🔴 Pending | Backend only |
            | Payouts | 🔴 Pending | Backend only |
            | Invoices | ❌ Missing | Not started yet |
            | Receipts | ✅ Done | Emailed to buyers |
            """;

    private final Report report = new AuditReader().read(REPORT);

    @Test
    void features_with_the_same_gap_make_one_item_naming_them_all() {
        assertThat(report.findings()).extracting(Finding::title)
                .containsExactlyInAnyOrder("Refunds, Payouts", "Invoices");
    }
}
