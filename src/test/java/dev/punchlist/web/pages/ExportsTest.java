package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTest {
    @TempDir
    Path dir;

    @Test
    void markdown_and_csv_download_and_the_report_page_prints_every_phase() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            TestApp.Response md = app.get("/projects/SHOP/export.md");
            assertThat(md.contentType()).startsWith("text/markdown");
            assertThat(md.body()).contains("- [ ] **CRITICAL**", "Rotate the leaked database password");
            TestApp.Response csv = app.get("/projects/SHOP/export.csv");
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).startsWith("id,phase,severity");
            String report = app.get("/projects/SHOP/report").body();
            assertThat(report).contains("class=\"print\"", "remediation report", "Phase 0", "Phase 2", "Send security headers");
        }
    }
}
