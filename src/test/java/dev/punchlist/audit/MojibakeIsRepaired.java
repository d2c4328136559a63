package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeIsRepaired {
    private static final String REPORT = """
            # Café Portal — Audit

            ## Issues
            #### 🔴 Debug endpoint exposed
            - **Severity:** Critical
            - **Fix:** Remove the /debug route — it leaks env vars
            #### ⚠️ Solución pendiente: cabeceras HSTS
            - **Severidad:** Media
            ## Strengths
            - ✅ TLS everywhere
            """;

    /** UTF-8 bytes that someone decoded with the wrong single-byte charset (undefined bytes kept as is). */
    private static String garbled(String charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : REPORT.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName(charset));
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    @Test
    void utf8_read_as_mac_roman_is_repaired() {
        String mac = garbled("x-MacRoman");
        assertThat(mac).contains("üî¥");
        Report report = new AuditReader().read(mac);
        assertThat(report.text()).isEqualTo(REPORT);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void utf8_read_as_windows_1252_is_repaired() {
        String windows = garbled("windows-1252");
        assertThat(windows).contains("â€”");
        Report report = new AuditReader().read(windows);
        assertThat(report.text()).isEqualTo(REPORT);
    }

    @Test
    void repaired_markers_still_mean_what_they_say() {
        Report report = new AuditReader().read(garbled("x-MacRoman"));
        assertThat(report.findings()).extracting(Finding::title)
                .containsExactly("Debug endpoint exposed", "Solución pendiente: cabeceras HSTS");
        assertThat(report.findings().get(1).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(report.notWork()).anySatisfy(n -> assertThat(n.text()).contains("TLS everywhere"));
    }

    @Test
    void correct_text_with_accents_is_left_alone() {
        assertThat(new AuditReader().read(REPORT).text()).isEqualTo(REPORT);
    }
}
