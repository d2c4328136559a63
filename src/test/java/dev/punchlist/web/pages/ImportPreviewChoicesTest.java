package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, blocker 2, and issue 15, item 9: what a lead can decide per row of the import preview. */
class ImportPreviewChoicesTest {
    private static final String PAYMENTS = """
            # Payments readiness

            ## Findings

            - [ ] **High:** SSL/TLS: Properly configured for production
            - [ ] **High:** Add rate limiting to the login form — Effort: 3 hours
            - [ ] **Medium:** Throttle login attempts per account — Effort: 1 hour
            - [ ] **Medium:** Send security headers on every response — Effort: 1 hour
            """;

    private static String token(TestApp app, String report) {
        return PreviewForms.hidden(app.postForm("/projects/SHOP/import/preview", "report", report).body(), "plan");
    }

    @Test
    void a_row_can_be_left_out_merged_into_another_and_given_a_category_and_the_stated_score_corrected() {
        try (TestApp app = TestApp.start()) {
            PageFixture.project(app);
            TestApp.Response done = app.postForm("/projects/SHOP/import", "report", PAYMENTS, "plan", token(app, PAYMENTS),
                    "skip_0", "1", "merge_2", "1", "category_3", "Web", "baseline", "78");
            assertThat(done.status()).isEqualTo(303);
            List<Item> items = app.app().items().all("SHOP", ItemFilter.ALL);
            assertThat(items).extracting(Item::title)
                    .containsExactlyInAnyOrder("Add rate limiting to the login form", "Send security headers on every response");
            Item limited = items.stream().filter(i -> i.title().startsWith("Add rate")).findFirst().orElseThrow();
            assertThat(app.app().items().mentions(limited.id())).hasSize(2);
            assertThat(items.stream().filter(i -> i.title().startsWith("Send")).findFirst().orElseThrow().category()).isEqualTo("Web");
            assertThat(app.get("/api/v1/projects/SHOP/readiness").json().get("baseline").asDouble()).isEqualTo(78.0);
        }
    }

    @Test
    void merging_into_a_row_that_is_left_out_is_refused_next_to_the_row() {
        try (TestApp app = TestApp.start()) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import", "report", PAYMENTS, "skip_1", "1", "merge_2", "1");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"merge_2-error\"", "must name a row that is itself imported");
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).isEmpty();
        }
    }

    @Test
    void a_stated_score_outside_0_to_100_is_refused_on_its_field_and_keeps_the_typed_value() {
        try (TestApp app = TestApp.start()) {
            PageFixture.project(app);
            TestApp.Response page = app.postForm("/projects/SHOP/import", "report", PAYMENTS, "baseline", "780");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"baseline-error\"", "value=\"780\"");
        }
    }

    @Test
    void a_confirm_made_on_a_preview_that_another_import_has_overtaken_is_refused_and_shows_the_new_preview() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            String token = token(app, PageFixture.REAUDIT);
            app.app().importer().importReport("SHOP", PAYMENTS.getBytes(StandardCharsets.UTF_8), Actor.user("someone"));
            int before = app.app().items().all("SHOP", ItemFilter.ALL).size();

            TestApp.Response page = app.postForm("/projects/SHOP/import", "report", PageFixture.REAUDIT, "plan", token, "title_1", "Renamed");

            assertThat(page.status()).isEqualTo(409);
            assertThat(page.body()).contains("id=\"plan-conflict\"", "the project changed since this preview");
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).hasSize(before);
        }
    }

    @Test
    void a_report_that_shares_almost_nothing_with_the_open_items_is_flagged_before_confirming_and_flags_can_be_skipped() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            String other = """
                    # Data warehouse audit

                    - [ ] **High:** Partition the fact tables by month
                    """;
            assertThat(app.postForm("/projects/SHOP/import/preview", "report", other).body())
                    .contains("id=\"low-overlap\"", "shares almost nothing", "Don't flag them");
            app.postForm("/projects/SHOP/import", "report", other, "plan", token(app, other), "dont_flag", "1").expect(303);
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).noneMatch(Item::notInLatest);
        }
    }
}
