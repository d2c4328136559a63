package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.Severity;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPreviewAndConfirmTest {
    @TempDir
    Path dir;

    @Test
    void the_preview_shows_items_by_phase_with_severity_effort_category_and_report_lines_and_saves_nothing() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import/preview", "report", PageFixture.REPORT);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("3 new", "Phase 0", "Phase 1", "Phase 2",
                    "Rotate the leaked database password", "line 7", "Confirm import");
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).isEmpty();
        }
    }

    @Test
    void confirming_creates_the_items_with_the_edits_made_in_the_preview() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            String plan = PreviewForms.hidden(app.postForm("/projects/SHOP/import/preview", "report", PageFixture.REPORT).body(), "plan");
            TestApp.Response done = app.postForm("/projects/SHOP/import", "report", PageFixture.REPORT, "plan", plan,
                    "title_1", "Rate-limit login attempts", "severity_1", "critical", "phase_1", "0", "effort_1", "5");
            assertThat(done.status()).isEqualTo(303);
            assertThat(done.location()).isEqualTo("/projects/SHOP");
            List<Item> items = app.app().items().all("SHOP", ItemFilter.ALL);
            assertThat(items).hasSize(3);
            Item edited = items.stream().filter(i -> i.title().equals("Rate-limit login attempts")).findFirst().orElseThrow();
            assertThat(edited.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(edited.phase()).isZero();
            assertThat(edited.effort().min()).isEqualTo(5.0);
        }
    }

    @Test
    void a_blank_title_is_reported_next_to_its_row_and_nothing_is_imported() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import", "report", PageFixture.REPORT, "title_0", " ", "effort_2", "lots");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"title_0-error\"", "id=\"effort_2-error\"", "value=\"lots\"");
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).isEmpty();
        }
    }

    @Test
    void an_empty_report_is_an_error_on_the_report_field() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import/preview", "report", "   ");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"report-error\"", "is empty");
        }
    }

    @Test
    void a_re_audit_shows_what_matched_what_is_new_and_which_open_items_it_no_longer_mentions() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            String body = app.postForm("/projects/SHOP/import/preview", "report", PageFixture.REAUDIT).body();
            assertThat(body).contains("1 new", "1 match existing items", "2 open items no longer mentioned",
                    "Document the on-call rota", "Add rate limiting to the login form", "Open items this report no longer mentions");
        }
    }

    @Test
    void the_template_can_be_previewed_from_the_start_page() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            String body = app.postForm("/projects/SHOP/import/preview", "template", "production-readiness").body();
            assertThat(body).contains("Baseline production-readiness checklist", "new");
        }
    }

    @Test
    void report_text_is_escaped_never_rendered_as_markup() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            String body = app.postForm("/projects/SHOP/import/preview", "report",
                    "# T\n\n- [ ] **High:** Fix <script>alert(1)</script> in search — Effort: 1 hour\n").body();
            assertThat(body).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void a_confirm_that_does_not_name_its_preview_is_refused_and_shows_the_preview_again() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import", "report", PageFixture.REPORT, "title_1", "Renamed");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.body()).contains("id=\"plan-conflict\"", "does not say which preview", "Confirm import");
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).isEmpty();
        }
    }
}
