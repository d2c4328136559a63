package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EditingAnItemTest {
    @TempDir
    Path dir;

    private static String[] form(Item item, String... overrides) {
        String[] base = {"title", item.title(), "status", "todo", "reason", "", "assignee", "", "due", "", "effort", "2",
                "phase", String.valueOf(item.phase()), "severity", item.severity().label(), "category", "Security",
                "version", String.valueOf(item.version())};
        for (int i = 0; i < overrides.length; i += 2) {
            for (int j = 0; j < base.length; j += 2) {
                if (base[j].equals(overrides[i])) {
                    base[j + 1] = overrides[i + 1];
                }
            }
        }
        return base;
    }

    @Test
    void the_page_shows_description_quoted_report_lines_with_numbers_and_history() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            String body = app.get("/items/" + item.id()).body();
            assertThat(body).contains("Rotate the leaked database password", "From the report", "Line 7", "History",
                    "created the item", "tester");
        }
    }

    @Test
    void saving_records_the_change_in_the_history_and_redirects() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response saved = app.postForm("/items/" + item.id(), form(item, "assignee", "ann"));
            assertThat(saved.status()).isEqualTo(303);
            assertThat(app.get("/items/" + item.id()).body()).contains("set the assignee: <strong>ann</strong>");
        }
    }

    @Test
    void wont_fix_without_a_reason_shows_the_error_next_to_the_reason_and_keeps_the_input() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response page = app.postForm("/items/" + item.id(), form(item, "status", "wont_fix", "assignee", "my draft assignee"));
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"reason-error\"", "won&#39;t fix", "my draft assignee",
                    "<option value=\"wont_fix\" selected>");
        }
    }

    @Test
    void a_bad_date_or_effort_is_shown_on_its_field() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            assertThat(app.postForm("/items/" + item.id(), form(item, "effort", "a while")).body()).contains("id=\"effort-error\"", "value=\"a while\"");
            assertThat(app.postForm("/items/" + item.id(), form(item, "due", "tomorrow")).body()).contains("id=\"due-error\"");
        }
    }

    @Test
    void a_stale_form_that_names_a_field_someone_changed_meanwhile_shows_both_and_saves_only_on_a_second_try() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            app.app().items().update(item.id(), null, ItemPatch.assignee("zoe"), Actor.user("zoe"));
            // no was_ values: the form names every field, so it collides with zoe's assignee
            TestApp.Response page = app.postForm("/items/" + item.id(), form(item, "assignee", "ann"));
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.body()).contains("zoe changed this item meanwhile", "value=\"ann\"", "name=\"version\" value=\"2\"",
                    "both changed");
            TestApp.Response again = app.postForm("/items/" + item.id(), form(item, "assignee", "ann", "version", "2"));
            assertThat(again.status()).isEqualTo(303);
            assertThat(app.app().items().get(item.id()).assignee()).isEqualTo("ann");
        }
    }

    @Test
    void an_unknown_item_is_a_friendly_404_page() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response page = app.get("/items/9999");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("Page not found");
        }
    }

    @Test
    void a_quote_a_re_audit_repeats_is_shown_once_with_both_audits() {
        try (TestApp app = TestApp.start(dir)) {
            Item item = PageFixture.imported(app).get(0);
            app.app().importer().importReport("SHOP", PageFixture.REAUDIT.getBytes(java.nio.charset.StandardCharsets.UTF_8), Actor.user("lead"));
            String page = app.get("/items/" + item.id()).body();
            assertThat(page.split("<blockquote>", -1)).hasSize(2);
            assertThat(page).contains("audits 1, 2");
        }
    }

    @Test
    void the_description_is_rendered_markdown_with_raw_html_and_script_links_kept_inert() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            app.app().importer().importReport("SHOP", """
                    # T

                    - [ ] **High:** Fix <script>alert(1)</script> in search, see [this](javascript:alert(2)) — Effort: 1 hour
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8), Actor.user("lead"));
            Item item = app.app().items().all("SHOP", dev.punchlist.plan.ItemFilter.ALL).get(0);
            String description = app.get("/items/" + item.id()).body().split("<h2>Description</h2>")[1].split("</section>")[0];
            assertThat(description).contains("<strong>High:</strong>", "&lt;script&gt;")
                    .doesNotContain("<script>", "javascript:");
        }
    }
}
