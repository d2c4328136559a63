package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistShowsPhasesAndKeepsFiltersInTheUrlTest {
    @TempDir
    Path dir;

    @Test
    void items_are_grouped_by_phase_with_done_total_remaining_effort_and_gate() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            String body = app.get("/projects/SHOP").body();
            assertThat(body).contains("Phase 0 — before anything ships", "Phase 1 — before production", "Phase 2 — hardening",
                    "0/1 done", " h left", "gate open", "Rotate the leaked database password");
        }
    }

    @Test
    void filters_narrow_the_list_and_every_form_posts_back_to_the_filtered_url() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            String body = app.get("/projects/SHOP?severity=high&q=login").body();
            assertThat(body).contains("Showing 1 of 3 items", "Add rate limiting to the login form")
                    .doesNotContain(">Rotate the leaked database password<")
                    .contains("action=\"/projects/SHOP/bulk?severity=high&amp;q=login\"",
                            "name=\"back\" value=\"/projects/SHOP?severity=high&amp;q=login\"");
        }
    }

    @Test
    void the_text_filter_also_searches_descriptions() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            app.post("/api/v1/projects/SHOP/audits", "text/markdown", """
                    # Review

                    ## Backend
                    - **Request logging prints access tokens.** The middleware writes the Authorization header to stdout.
                    - **Uploads are kept on the container disk.** Files vanish on redeploy; move them to object storage.
                    """).expect(201);
            String body = app.get("/projects/SHOP?q=MIDDLEWARE").body();
            assertThat(body).contains("Showing 1 of 2 items", "Request logging prints access tokens")
                    .doesNotContain("Uploads are kept on the container disk");
        }
    }

    @Test
    void overdue_and_blocked_items_are_marked() {
        try (TestApp app = TestApp.start(dir)) {
            var items = PageFixture.imported(app);
            app.postForm("/items/" + items.get(0).id() + "/quick", "status", "blocked", "assignee", "ann", "due", "2020-01-01", "version", "1");
            String body = app.get("/projects/SHOP").body();
            assertThat(body).contains("is-overdue", "is-blocked", "flag-overdue\">overdue", "flag-blocked\">blocked");
        }
    }

    @Test
    void every_control_in_a_row_has_a_name_for_screen_readers() {
        try (TestApp app = TestApp.start(dir)) {
            var item = PageFixture.imported(app).get(0);
            String body = app.get("/projects/SHOP").body();
            int start = body.indexOf("<tr id=\"item-" + item.id());
            String row = body.substring(start, body.indexOf("</tr>", start));
            List<String> controls = Pattern.compile("<(input|select)\\b[^>]*>").matcher(row).results().map(MatchResult::group)
                    .filter(tag -> !tag.contains("type=\"hidden\"")).toList();
            assertThat(controls).hasSize(4).allSatisfy(tag -> assertThat(tag).containsPattern("aria-label=\"[^\"]+\""));
        }
    }

    @Test
    void an_unknown_project_is_a_friendly_404_page() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response page = app.get("/projects/NOPE");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("Page not found", "Back to all projects");
        }
    }
}
