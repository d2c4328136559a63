package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project of thousands of items made a checklist page of tens of megabytes; the page shows 200 matching items at
 * a time, with plain links to the others (no JavaScript needed) that keep the filters, and the phase totals still
 * count every item.
 */
class TheChecklistIsShownInPagesOfTwoHundredTest {
    private static final String[] SYLLABLES = {"ka", "zo", "mir", "tul", "vex", "po", "drin", "sa", "qui", "bel", "nor", "fey"};
    private static final Pattern ROW = Pattern.compile("<tr id=\"item-");

    @Test
    void the_first_page_holds_two_hundred_rows_in_checklist_order_and_links_to_the_rest() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BIG", report());

            String first = app.get("/projects/BIG").expect(200).body();

            assertThat(rows(first)).isEqualTo(200);
            assertThat(first).contains("Items 1–200 of 500", "<strong aria-current=\"page\">1</strong>",
                    "href=\"/projects/BIG?page=2\"", "href=\"/projects/BIG?page=3\"", "0/150 done", "0/250 done", "0/100 done",
                    "50 of this phase's 250 items on this page.");
            assertThat(first).doesNotContain("href=\"/projects/BIG?page=4\"");
        }
    }

    @Test
    void page_links_keep_the_filter_and_a_later_page_shows_the_rest_of_the_matching_items() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BIG", report());

            String first = app.get("/projects/BIG?severity=high").expect(200).body();
            String second = app.get("/projects/BIG?severity=high&page=2").expect(200).body();

            assertThat(rows(first)).isEqualTo(200);
            assertThat(first).contains("Showing 250 of 500 items", "href=\"/projects/BIG?severity=high&amp;page=2\"");
            assertThat(rows(second)).isEqualTo(50);
            assertThat(second).contains("Items 201–250 of 250", "0/250 done", "0/150 done", "50 of this phase's 250 matching items on this page.",
                            "name=\"back\" value=\"/projects/BIG?severity=high&amp;page=2\"", "action=\"/projects/BIG/bulk?severity=high&amp;page=2\"",
                            "export.csv?severity=high\"")
                    .doesNotContain("sev sev-critical\"");
        }
    }

    @Test
    void a_page_past_the_end_shows_the_last_one_and_a_page_that_is_not_a_number_is_refused() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BIG", report());

            assertThat(app.get("/projects/BIG?page=99").expect(200).body()).contains("Items 401–500 of 500");
            assertThat(app.get("/projects/BIG?page=two").status()).isEqualTo(400);
        }
    }

    @Test
    void an_item_added_by_hand_lands_on_the_page_that_shows_it() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BIG", report());

            TestApp.Response added = app.postForm("/projects/BIG/items", "new_title", "Check the backups restore",
                    "new_severity", "low", "new_phase", "", "new_effort", "", "new_category", "");

            assertThat(added.status()).isEqualTo(303);
            assertThat(added.location()).matches("/projects/BIG\\?page=3#item-\\d+");
            assertThat(app.get(added.location().replaceAll("#.*", "")).body()).contains("Check the backups restore");
        }
    }

    private static int rows(String body) {
        return (int) ROW.matcher(body).results().count();
    }

    /** 150 critical, 250 high and 100 medium findings whose titles share no word. */
    private static String report() {
        StringBuilder text = new StringBuilder("# Audit\n\n## Findings\n\n");
        for (int i = 0; i < 500; i++) {
            String severity = i < 150 ? "Critical" : i < 400 ? "High" : "Medium";
            text.append("- **").append(severity).append(":** ").append(word(i, 1)).append(' ').append(word(i, 2)).append(' ')
                    .append(word(i, 3)).append('\n');
        }
        return text.toString();
    }

    private static String word(int i, int k) {
        int n = i * 3 + k;
        StringBuilder w = new StringBuilder();
        do {
            w.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return w.append("x").toString();
    }
}
