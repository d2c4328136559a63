package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 4: the stand-up shows what moved since the last one, per person, each change marked new. */
class StandupShowsWhatMovedTest {

    private static String section(String page, String person) {
        int start = page.indexOf(">" + person + "</h3>");
        int end = page.indexOf("</article>", start);
        return page.substring(start, end);
    }

    @Test
    void started_blocked_with_reason_and_duration_reassigned_and_added_by_a_re_audit_show_under_each_person_marked_new() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        try (TestApp app = TestApp.start(clock, dev.punchlist.security.SecuritySettings.development())) {
            List<Item> items = PageFixture.imported(app);
            var changes = app.app().items();
            changes.update(items.get(2).id(), null, ItemPatch.assignee("ann"), Actor.user("lead"));
            changes.update(items.get(2).id(), null, ItemPatch.status(Status.BLOCKED, "waiting for the vendor's API key"), Actor.user("ann"));
            clock.advance(Duration.ofMinutes(5));
            app.postForm("/projects/SHOP/standup").expect(303);

            clock.advance(Duration.ofHours(26));
            changes.update(items.get(0).id(), null, ItemPatch.assignee("ann"), Actor.user("lead"));
            changes.update(items.get(0).id(), null, ItemPatch.status(Status.IN_PROGRESS, null), Actor.user("ann"));
            changes.update(items.get(1).id(), null, ItemPatch.assignee("bo"), Actor.user("lead"));
            app.app().importer().importReport("SHOP", PageFixture.REAUDIT.getBytes(StandardCharsets.UTF_8), Actor.user("lead"));

            String page = app.get("/projects/SHOP/standup").body();
            String ann = section(page, "ann");
            assertThat(ann).contains("Started since last stand-up", "Rotate the leaked database password", "flag-new",
                    "Blocked", "for <strong>1 d</strong>", "waiting for the vendor&#39;s API key").doesNotContain("Given to ann");
            String bo = section(page, "bo");
            assertThat(bo).contains("Given to bo", "Add rate limiting to the login form", "flag-new", "Phase 1", "3–4 h");
            assertThat(page).contains("Added by a re-audit", "Document the on-call rota");
            // the blocked item did not change since the last stand-up, so it is not marked new
            String blocked = ann.substring(ann.indexOf("is-blocked"));
            assertThat(blocked.substring(0, blocked.indexOf("</li>"))).doesNotContain("flag-new");
        }
    }

    @Test
    void the_mine_view_shows_only_the_signed_in_persons_part() {
        try (TestApp app = TestApp.start()) {
            List<Item> items = PageFixture.imported(app);
            app.app().items().update(items.get(0).id(), null, ItemPatch.assignee("Admin"), Actor.user("lead"));
            app.app().items().update(items.get(1).id(), null, ItemPatch.assignee("bo"), Actor.user("lead"));
            String mine = app.get("/projects/SHOP/standup?mine=1").body();
            assertThat(mine).contains(">Admin</h3>", "Showing only your items").doesNotContain(">bo</h3>");
        }
    }
}
