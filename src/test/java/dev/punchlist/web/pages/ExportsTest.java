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

    @Test
    void exports_follow_the_checklists_filters_and_the_csv_carries_resolved_date_and_comments_as_notes() {
        try (TestApp app = TestApp.start(dir)) {
            java.util.List<dev.punchlist.plan.Item> items = PageFixture.imported(app);
            app.postForm("/items/" + items.get(0).id() + "/quick", "status", "done", "back", "/projects/SHOP").expect(303);
            app.postForm("/items/" + items.get(0).id() + "/comments", "comment", "rotated in the vault").expect(303);
            String csv = app.get("/projects/SHOP/export.csv?status=done").body();
            assertThat(csv.lines().toList()).hasSize(2);
            assertThat(csv).startsWith("id,phase,severity").contains("resolved_at,jira_key,notes", "Rotate the leaked database password",
                    "admin (", "rotated in the vault").doesNotContain("Send security headers");
            assertThat(app.get("/projects/SHOP/export.md?severity=medium").body())
                    .contains("Send security headers").doesNotContain("Rotate the leaked database password");
            assertThat(app.get("/projects/SHOP?status=done").body()).contains("/projects/SHOP/export.csv?status=done");
        }
    }
}
