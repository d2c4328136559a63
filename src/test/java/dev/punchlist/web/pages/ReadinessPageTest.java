package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessPageTest {
    @TempDir
    Path dir;

    @Test
    void without_finished_work_it_explains_the_baseline_draws_charts_and_says_no_pace_yet() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            String body = app.get("/projects/SHOP/readiness").body();
            assertThat(body).contains("How the score is made", "No item is done yet", "Categories: now vs the report",
                    "<svg class=\"chart\"", "Score over time", "Remaining effort per phase", "Not enough history yet",
                    "No projected finish: not enough history yet.")
                    .doesNotContain("<script>");
        }
    }

    @Test
    void a_done_item_appears_in_the_explanation_and_gives_a_pace_and_forecast_dates() {
        dev.punchlist.testing.MutableClock clock = new dev.punchlist.testing.MutableClock(java.time.Instant.now().minus(java.time.Duration.ofDays(10)));
        try (TestApp app = TestApp.start(clock, dev.punchlist.security.SecuritySettings.development())) {
            List<Item> items = PageFixture.imported(app);
            clock.advance(java.time.Duration.ofDays(10));
            app.postForm("/items/" + items.get(0).id() + "/quick", "status", "done", "assignee", "", "due", "", "version", "1");
            String body = app.get("/projects/SHOP/readiness").body();
            assertThat(body).contains("Items that moved the score", "Rotate the leaked database password", "+", "Pace:",
                    "<polyline class=\"line-phase1\"", "Projected finish (dashed, at the current pace): <strong>20",
                    "class=\"line-phase1 projected\"", " h</text>").containsPattern("<td>Phase 1</td><td class=\"num\">[0-9.]+ h</td>\\s*<td>20\\d\\d-");
        }
    }
}
