package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 4, on a 1920 px wall screen: what moved since the last stand-up, people side by side. */
class StandupOnTheWallInChromiumTest extends ChromiumPageTest {
    private static final Path SHOTS = Path.of(System.getProperty("punchlist.shots", "target/screenshots"));

    @Test
    void the_delta_since_the_last_stand_up_shows_per_person_with_new_marks_and_people_sit_side_by_side() {
        Chromium.assumePresent();
        MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofDays(2)));
        app = TestApp.start(clock, dev.punchlist.security.SecuritySettings.development());
        List<Item> items = PageFixture.imported(app);
        var changes = app.app().items();
        changes.update(items.get(2).id(), null, ItemPatch.assignee("member"), Actor.user("lead"));
        changes.update(items.get(2).id(), null, ItemPatch.status(Status.BLOCKED, "waiting for the vendor's API key"), Actor.user("member"));
        clock.advance(Duration.ofMinutes(5));
        app.app().items().update(items.get(1).id(), null, ItemPatch.assignee("lead"), Actor.user("lead"));
        new dev.punchlist.plan.Standups(app.database(), clock).hold("SHOP", Actor.user("lead"));
        clock.advance(Duration.ofHours(25));
        changes.update(items.get(0).id(), null, ItemPatch.assignee("member"), Actor.user("lead"));
        changes.update(items.get(0).id(), null, ItemPatch.status(Status.IN_PROGRESS, null), Actor.user("member"));
        changes.update(items.get(1).id(), null, ItemPatch.status(Status.DONE, null), Actor.user("lead"));
        app.app().importer().importReport("SHOP", PageFixture.REAUDIT.getBytes(StandardCharsets.UTF_8), Actor.user("lead"));

        driver = Chromium.start(true, dir.resolve("wall"), 1920, 1080);
        Chromium.openAs(driver, app, "lead", "/projects/SHOP/standup");
        Chromium.shot(driver, SHOTS.resolve("standup-1920.png"));

        WebElement member = driver.findElement(By.xpath("//article[.//h3[normalize-space()='member']]"));
        assertThat(member.getText()).contains("Started since last stand-up", "Rotate the leaked database password", "new",
                "Blocked", "waiting for the vendor's API key", "for 1 d");
        WebElement lead = driver.findElement(By.xpath("//article[.//h3[normalize-space()='lead']]"));
        assertThat(lead.getText()).contains("Finished since last stand-up", "Add rate limiting to the login form");
        assertThat(driver.findElement(By.id("added")).getText()).contains("Added by a re-audit");
        assertThat(member.getLocation().getY()).as("people side by side").isEqualTo(lead.getLocation().getY());
    }
}
