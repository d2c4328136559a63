package dev.punchlist.web.pages;

import dev.punchlist.audit.AuditReader;
import dev.punchlist.audit.Finding;
import dev.punchlist.audit.NotWork;
import dev.punchlist.audit.Report;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThePreviewPointsAtTheReadersDoubtsTest {
    private static final String REPORT = """
            # Shop review

            ## Issues
            - CRITICAL: Card numbers are written to the application log
            - Passwords are hashed with MD5

            ## Observations
            - The team might consider a style guide for commit messages
            - Release notes are written by hand

            ## What works well
            - Backups run every night and were restored last week
            """;

    @Test
    void doubtful_items_say_check_this_and_close_calls_are_listed_first() {
        Report read = new AuditReader().read(REPORT);
        List<String> doubtful = read.findings().stream().filter(Finding::doubtful).map(Finding::title).toList();
        List<NotWork> close = read.notWork().stream().filter(NotWork::closeCall).toList();
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            String page = app.postForm("/projects/SHOP/import/preview", "report", REPORT).body();
            assertThat(page.split("check this", -1)).hasSize(doubtful.size() + 1);
            assertThat(page.split("almost taken", -1)).hasSize(close.size() + 1);
            String leftOut = page.substring(page.indexOf("Lines left out as not work")); // the form also holds the report
            if (!close.isEmpty()) {
                int firstClose = leftOut.indexOf(close.get(0).text());
                read.notWork().stream().filter(n -> !n.closeCall())
                        .forEach(n -> assertThat(leftOut.indexOf(n.text())).isGreaterThan(firstClose));
            }
        }
    }

    @TempDir
    Path dir;
}
