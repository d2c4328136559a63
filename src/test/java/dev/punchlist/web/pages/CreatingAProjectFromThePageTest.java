package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CreatingAProjectFromThePageTest {
    @TempDir
    Path dir;

    @Test
    void a_valid_project_is_created_and_the_browser_is_sent_to_its_import_page() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response created = app.postForm("/projects", "key", "crm", "name", "CRM", "description", "");
            assertThat(created.status()).isEqualTo(303);
            assertThat(created.location()).isEqualTo("/projects/CRM/import");
            assertThat(app.app().projects().find("CRM")).isPresent();
        }
    }

    @Test
    void a_bad_key_is_reported_next_to_the_field_and_the_input_is_kept() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response page = app.postForm("/projects", "key", "1x", "name", "My <new> shop");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"key-error\"", "must be 2–10 upper-case letters", "value=\"My &lt;new&gt; shop\"",
                    "aria-invalid=\"true\" aria-describedby=\"key-error\"");
        }
    }

    @Test
    void a_taken_key_is_a_conflict_shown_on_the_key_field() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects", "key", "SHOP", "name", "Again");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.body()).contains("id=\"key-error\"", "already exists", "value=\"Again\"");
        }
    }
}
