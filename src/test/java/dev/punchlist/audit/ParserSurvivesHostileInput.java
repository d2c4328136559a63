package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random and mutated Markdown never makes the reader throw (except for the size limit) or hang. The
 * timeout is only a hang guard, not a performance assertion.
 */
class ParserSurvivesHostileInput {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final String SEED_REPORT = """
            # Demo Audit 🔬
            **Overall Score: 6.5/10**
            ## 🔴 Critical Issues
            #### 1. **Open S3 bucket** (2 hours)
            - **Severity:** CRITICAL
            - **Effort:** 1-2 days
            | Issue | Severity | Effort |
            |---|---|---|
            | Weak TLS ciphers | High | 30 min |
            - [ ] Rotate keys
            - [x] Enable MFA
            ```bash
            rm -rf /
            ```
            > quoted evidence
            ### Phase 1 (Week 1)
            - Days 1-2: Open S3 bucket, weak TLS
            """;

    private final AuditReader reader = new AuditReader();

    private void survives(String text) {
        Report report = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(text));
        assertThat(report).isNotNull();
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.mentions()).isNotEmpty());
    }

    private void survives(byte[] bytes) {
        Report report = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(bytes));
        assertThat(report).isNotNull();
    }

    @Test
    void every_truncation_of_a_report_is_read() {
        for (int cut = 0; cut <= SEED_REPORT.length(); cut += 3) {
            survives(SEED_REPORT.substring(0, cut));
        }
    }

    @Test
    void random_mutations_of_a_report_are_read() {
        Random random = new Random(42);
        String alphabet = "#*-|`[]()>:!_~\n \t0123456789abcXYZ🔴✅⚠️üî‚Äî";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(SEED_REPORT);
            for (int edit = 0; edit < 20; edit++) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean() && at < text.length()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            survives(text.toString());
        }
    }

    @Test
    void deeply_nested_lists_are_read() {
        StringBuilder text = new StringBuilder("# Nest\n## Issues\n");
        for (int depth = 0; depth < 50; depth++) {
            text.append("  ".repeat(depth)).append("- level ").append(depth).append(" HIGH: fix it\n");
        }
        survives(text.toString());
    }

    @Test
    void a_ten_thousand_row_table_is_read() {
        StringBuilder text = new StringBuilder("# Big\n## Findings\n| Issue | Severity | Effort |\n|---|---|---|\n");
        for (int row = 0; row < 10_000; row++) {
            text.append("| Problem number ").append(row).append(" in module ").append(row % 97)
                    .append(" | ").append(row % 2 == 0 ? "High" : "Low").append(" | ").append(row % 9).append("h |\n");
        }
        Report report = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(text.toString()));
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void a_one_megabyte_single_line_is_read() {
        survives("# One line\n" + "**bold** `code` [link](x) 2 hours | cell | ".repeat(25_000));
        survives("a".repeat(1_000_000));
        survives("(".repeat(500_000) + "1 h" + ")".repeat(500_000));
    }

    @Test
    void binary_junk_is_read() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] junk = new byte[random.nextInt(20_000)];
            random.nextBytes(junk);
            survives(junk);
        }
    }

    @Test
    void every_kind_of_mojibake_is_read() {
        List<String> charsets = List.of("x-MacRoman", "windows-1252", "ISO-8859-1", "UTF-16LE", "IBM437");
        byte[] utf8 = SEED_REPORT.getBytes(StandardCharsets.UTF_8);
        List<String> variants = new ArrayList<>();
        for (String name : charsets) {
            String once = new String(utf8, Charset.forName(name));
            variants.add(once);
            variants.add(new String(once.getBytes(StandardCharsets.UTF_8), Charset.forName(name)));
        }
        variants.forEach(this::survives);
        survives(new String(utf8, StandardCharsets.UTF_8).replace("\n", "\r\n"));
        survives(new String(utf8, StandardCharsets.UTF_8).replace("\n", "\r"));
    }

    @Test
    void over_the_limit_is_the_only_exception() {
        AuditReader small = new AuditReader(100);
        assertThatThrownBy(() -> small.read("x".repeat(101))).isInstanceOf(ReportTooLargeException.class);
        assertThatThrownBy(() -> small.read(new byte[101])).isInstanceOf(ReportTooLargeException.class);
        assertThat(small.read("x".repeat(100))).isNotNull();
    }

    @Test
    void the_same_input_gives_the_same_result() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String first = json.writeValueAsString(ReportJson.of(reader.read(SEED_REPORT)));
        String second = json.writeValueAsString(ReportJson.of(new AuditReader().read(SEED_REPORT)));
        assertThat(first).isEqualTo(second);
    }
}
