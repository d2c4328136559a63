package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectsPageListsEachProjectWithItsReadinessTest {
    @TempDir
    Path dir;

    @Test
    void an_empty_installation_says_how_to_start() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response page = app.get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("No projects yet", "import an audit report", "checklists/", "New project");
        }
    }

    @Test
    void each_project_shows_score_level_phase_progress_remaining_effort_and_last_activity() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            String body = app.get("/").body();
            assertThat(body).contains("Web shop", "/100", "Not ready", "Phase 0", "0/1", "Remaining: ", "Last activity: <time datetime=\"20");
        }
    }
}
