package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreaksAndByteOrderMarkAreNormalised {
    private static final String REPORT = String.join("\r\n",
            "# Kiosk Review",
            "",
            "## Issues",
            "- [ ] **HIGH:** Kiosk runs as root",
            "- [ ] Screen lock timeout too long (30 min)",
            "");

    private static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void crlf_counts_as_one_line_break() {
        Report report = new AuditReader().read(withBom(REPORT));
        assertThat(report.findings()).extracting(f -> f.lines().get(0)).containsExactly(4, 5);
        assertThat(report.text()).doesNotContain("\r");
    }

    @Test
    void a_byte_order_mark_does_not_hide_the_title() {
        Report report = new AuditReader().read(withBom(REPORT));
        assertThat(report.text()).startsWith("# Kiosk Review");
        assertThat(report.title()).isEqualTo("Kiosk");
    }

    @Test
    void labels_survive_crlf() {
        Report report = new AuditReader().read(withBom(REPORT));
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(report.findings().get(0).title()).isEqualTo("Kiosk runs as root");
        assertThat(report.findings().get(1).effort().maxHours()).isEqualTo(0.5);
    }
}
