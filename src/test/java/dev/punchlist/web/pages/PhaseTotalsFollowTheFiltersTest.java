package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A member filtering the checklist to their own items sees their own remaining hours per phase. */
class PhaseTotalsFollowTheFiltersTest {
    private static final String REPORT = """
            # Audit
            ## Critical
            - Rotate the leaked signing key (2 hours)
            - Turn off debug mode in production (1 hour)
            - Hash passwords with argon2 (4 hours)
            """;

    @Test
    void a_filtered_checklist_gives_each_phase_the_totals_of_the_matching_items_next_to_the_whole_phase() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("MINE", REPORT);
            long rotate = -1;
            for (var item : app.get("/api/v1/projects/MINE/items").json().get("items")) {
                if (item.get("title").asText().startsWith("Rotate")) {
                    rotate = item.get("id").asLong();
                }
            }
            String etag = app.get("/api/v1/items/" + rotate).header("ETag");
            app.patchJson("/api/v1/items/" + rotate, "{\"assignee\":\"admin\"}", "If-Match", etag).expect(200);

            String mine = app.get("/projects/MINE?assignee=admin").expect(200).body();
            String all = app.get("/projects/MINE").expect(200).body();

            assertThat(mine).contains("0/3 done", "Matching the filters: 0/1 done", "7 h left", "2 h left");
            assertThat(all).contains("0/3 done").doesNotContain("Matching the filters");
        }
    }
}
