package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandupPageTest {
    @TempDir
    Path dir;

    @Test
    void unassigned_phase_0_first_then_each_persons_work_and_what_they_finished() {
        try (TestApp app = TestApp.start(dir)) {
            List<Item> items = PageFixture.imported(app);
            String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
            app.postForm("/items/" + items.get(1).id() + "/quick", "status", "in_progress", "assignee", "ann", "due", "", "version", "1");
            app.postForm("/items/" + items.get(2).id() + "/quick", "status", "todo", "assignee", "bo", "due", tomorrow, "version", "1");
            String body = app.get("/projects/SHOP/standup").body();
            assertThat(body).contains("the last 24 hours", "Unassigned Phase 0 and 1 items", "Rotate the leaked database password",
                    ">ann</h3>", "Started since last stand-up", ">bo</h3>", "Due within 2 days");
            assertThat(body.indexOf("Unassigned Phase 0")).isLessThan(body.indexOf(">ann</h3>"));

            app.postForm("/items/" + items.get(0).id() + "/quick", "status", "done", "assignee", "cy", "due", "", "version", "1");
            body = app.get("/projects/SHOP/standup").body();
            assertThat(body).contains(">cy</h3>", "Finished since last stand-up", "None — every open Phase 0 and 1 item has an owner");
        }
    }

    @Test
    void holding_the_stand_up_records_the_moment_the_next_one_counts_from() {
        try (TestApp app = TestApp.start(dir)) {
            List<Item> items = PageFixture.imported(app);
            app.postForm("/items/" + items.get(0).id() + "/quick", "status", "done", "assignee", "cy", "due", "", "version", "1");
            TestApp.Response held = app.postForm("/projects/SHOP/standup");
            assertThat(held.status()).isEqualTo(303);
            assertThat(held.location()).isEqualTo("/projects/SHOP/standup");
            assertThat(app.app().projects().find("SHOP")).isPresent();
            String body = app.get("/projects/SHOP/standup").body();
            assertThat(body).contains("the last stand-up, ", "(admin)").doesNotContain("Finished since last stand-up");
        }
    }

    @Test
    void the_score_change_since_the_last_stand_up_is_shown() {
        try (TestApp app = TestApp.start(dir)) {
            List<Item> items = PageFixture.imported(app);
            app.postForm("/projects/SHOP/standup");
            app.postForm("/items/" + items.get(0).id() + "/quick", "status", "done", "assignee", "", "due", "", "version", "1");
            String body = app.get("/projects/SHOP/standup").body();
            assertThat(body).contains("class=\"delta up\">+", "was Not ready", "Staging-ready");
        }
    }
}
