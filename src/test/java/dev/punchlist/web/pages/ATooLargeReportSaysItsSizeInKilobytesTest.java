package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 8: sizes read in KB and MB, not in bytes. */
class ATooLargeReportSaysItsSizeInKilobytesTest {
    @Test
    void the_import_page_gives_the_reports_size_and_the_limit_in_kilobytes() {
        try (TestApp app = TestApp.startWithReportLimit(1024)) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import/preview", "report", "- [ ] **High:** x\n".repeat(128));
            assertThat(page.status()).isEqualTo(413);
            assertThat(page.body()).contains("The report is 2.3 KB; the limit is 1 KB.");
        }
    }
}
