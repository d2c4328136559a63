package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest {
    @TempDir
    Path dir;

    @Test
    void unknown_pages_get_a_friendly_html_404_while_the_api_keeps_problem_json() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response page = app.get("/no/such/page");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("Page not found");
            TestApp.Response api = app.get("/api/v1/projects/NOPE");
            assertThat(api.status()).isEqualTo(404);
            assertThat(api.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void every_page_links_only_local_assets() {
        try (TestApp app = TestApp.start(dir)) {
            String body = app.get("/").body();
            assertThat(body).contains("/public/punchlist.css", "/webjars/htmx.org/").doesNotContain("https://", "style=", " onclick");
            assertThat(app.get("/public/punchlist.js").status()).isEqualTo(200);
            assertThat(app.get("/webjars/htmx.org/" + Views.HTMX_VERSION + "/dist/htmx.min.js").status()).isEqualTo(200);
        }
    }
}
