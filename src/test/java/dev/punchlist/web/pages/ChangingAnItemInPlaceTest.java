package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangingAnItemInPlaceTest {
    @TempDir
    Path dir;

    @Test
    void without_javascript_the_form_saves_and_redirects_back_to_the_filtered_list() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response done = app.postForm("/items/" + item.id() + "/quick", "status", "done", "assignee", "ann",
                    "due", "2030-01-31", "version", "1", "back", "/projects/SHOP?status=open");
            assertThat(done.status()).isEqualTo(303);
            assertThat(done.location()).isEqualTo("/projects/SHOP?status=open#item-" + item.id());
            Item saved = app.app().items().get(item.id());
            assertThat(saved.status()).isEqualTo(Status.DONE);
            assertThat(saved.assignee()).isEqualTo("ann");
            assertThat(saved.due()).hasToString("2030-01-31");
        }
    }

    @Test
    void htmx_gets_the_updated_row_back_instead_of_a_redirect() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response row = app.postForm("/items/" + item.id() + "/quick", Map.of("HX-Request", "true"),
                    "status", "in_progress", "assignee", "bo", "due", "", "version", "1", "back", "/projects/SHOP");
            assertThat(row.status()).isEqualTo(200);
            assertThat(row.body().strip()).startsWith("<tr id=\"item-" + item.id()).contains("value=\"bo\"", "name=\"version\" value=\"2\"")
                    .doesNotContain("<html");
        }
    }

    @Test
    void a_stale_version_in_htmx_shows_who_changed_it_in_the_row() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            // a teammate saves first, from their own session; the admin's htmx change still holds version 1
            TestApp.Login member = app.login(Role.MEMBER);
            int first = app.send(member.apply(app.request("/items/" + item.id() + "/quick"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("status", "blocked", "assignee", "", "due", "", "version", "1")))).statusCode();
            assertThat(first).isEqualTo(303);
            TestApp.Response row = app.postForm("/items/" + item.id() + "/quick", Map.of("HX-Request", "true"),
                    "status", "done", "assignee", "", "due", "", "version", "1");
            assertThat(row.body()).contains("member changed status meanwhile");
            assertThat(app.app().items().get(item.id()).status()).isEqualTo(Status.BLOCKED);
        }
    }

    @Test
    void a_redirect_target_outside_the_site_is_ignored() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response done = app.postForm("/items/" + item.id() + "/quick", "status", "todo", "assignee", "",
                    "due", "", "version", "1", "back", "//evil.example/");
            assertThat(done.location()).isEqualTo("/items/" + item.id() + "#item-" + item.id());
        }
    }
}
