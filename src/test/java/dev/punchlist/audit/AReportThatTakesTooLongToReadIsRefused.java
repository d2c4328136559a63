package dev.punchlist.audit;

import dev.punchlist.testing.Reports;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Legal but pathological reports (4.9 MB of nested lists took 24 s of a core) are refused once a read has taken
 * its processor time, with a message naming the limit; a real report reads exactly as it would without one.
 */
class AReportThatTakesTooLongToReadIsRefused {
    @Test
    void nested_lists_that_take_longer_than_the_limit_are_refused_naming_it() {
        StringBuilder text = new StringBuilder("# Audit\n\n## Findings\n\n");
        for (int i = 0; text.length() < 4_900_000; i++) {
            text.append("  ".repeat(i % 8)).append("- **High:** item ").append(i).append(" rotate key ").append(i).append('\n');
        }
        AuditReader reader = new AuditReader(AuditReader.DEFAULT_LIMIT_BYTES, WorkModel.bundled(), Duration.ofSeconds(1));

        assertThatThrownBy(() -> reader.read(text.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReportTooLargeException.class)
                .hasMessageContaining("more than 1 s of processor time");
    }

    @Test
    void a_real_report_reads_the_same_under_the_default_limit() {
        byte[] report = Reports.PAYMENTS.getBytes(StandardCharsets.UTF_8);
        Report unlimited = new AuditReader(AuditReader.DEFAULT_LIMIT_BYTES, WorkModel.bundled(), Duration.ofDays(1)).read(report);

        Report limited = new AuditReader().read(report);

        assertThat(limited.findings()).isNotEmpty().usingRecursiveComparison().isEqualTo(unlimited.findings());
    }
}
