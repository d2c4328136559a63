package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 8: the item's history says what changed in words, and when as people say it, the exact time on hover. */
class HistoryReadsInWordsTest {
    @Test
    void a_status_due_date_and_assignee_change_read_as_sentences_with_relative_times() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
        try (TestApp app = TestApp.start(clock, SecuritySettings.development())) {
            Item item = PageFixture.imported(app).get(0);
            app.postForm("/items/" + item.id() + "/quick", "status", "in_progress", "assignee", "member",
                    "due", "2027-01-15", "version", "1", "back", "/projects/SHOP").expect(303);
            clock.advance(Duration.ofHours(2).plusMinutes(5));

            String page = app.get("/items/" + item.id()).body();

            assertThat(page).contains("set the status: to do → <strong>in progress</strong>",
                    "set the due date: <strong>2027-01-15</strong>", "set the assignee: <strong>member</strong>",
                    "<time datetime=\"2026-12-04T08:00:00Z\" title=\"2026-12-04 08:00 UTC\">2 h ago</time> <strong>");
        }
    }

    @Test
    void times_and_sizes_read_as_people_say_them() {
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        assertThat(ViewExtension.ago(now.minusSeconds(20), now)).isEqualTo("just now");
        assertThat(ViewExtension.ago(now.minusSeconds(5 * 60), now)).isEqualTo("5 min ago");
        assertThat(ViewExtension.ago(now.minus(Duration.ofDays(3)), now)).isEqualTo("3 d ago");
        assertThat(ViewExtension.ago(now.plusSeconds(600), now)).isEqualTo("in 10 min");
        assertThat(ViewExtension.ago(now.minus(Duration.ofDays(45)), now)).isEqualTo("on 2026-10-20");
        assertThat(ViewExtension.size(812)).isEqualTo("812 bytes");
        assertThat(ViewExtension.size(48 * 1024)).isEqualTo("48 KB");
        assertThat(ViewExtension.size(5L * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(ViewExtension.size(6_500_000)).isEqualTo("6.2 MB");
    }
}
