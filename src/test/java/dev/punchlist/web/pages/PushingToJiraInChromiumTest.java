package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 7, in a real browser with JavaScript off, on a server without a secrets key: the Jira page says
 * so before its form; a push goes through a preview where a box is unticked; the pushed items stay pending and
 * say why.
 */
class PushingToJiraInChromiumTest extends ChromiumPageTest {
    private static final Path SHOTS = Path.of(System.getProperty("punchlist.shots", "target/screenshots"));

    @Test
    void a_lead_unticks_an_item_in_the_push_preview_and_only_the_ticked_ones_wait_for_jira_with_the_reason() {
        Chromium.assumePresent();
        app = TestApp.start();
        List<Item> items = PageFixture.imported(app);
        // a loopback site (plain http allowed) with no credentials: this server cannot store any
        app.app().jiraSync().settingsStore().save("SHOP", new JiraSettingsStore.Input("http://127.0.0.1:9", "cloud", "OPS",
                "Task", Map.of(), List.of(), Map.of(), "done", null, null, null, null));
        driver = Chromium.start(false, dir.resolve("lead"), 1280, 1400);

        Chromium.openAs(driver, app, "lead", "/projects/SHOP/jira");
        WebElement notice = driver.findElement(By.id("no-secrets"));
        assertThat(notice.getText()).contains("Credentials cannot be stored", "PUNCHLIST_SECRETS_KEY");
        WebElement form = driver.findElement(By.cssSelector("form[action='/projects/SHOP/jira'][method='post']"));
        assertThat(notice.getLocation().getY()).as("the notice comes before the form").isLessThan(form.getLocation().getY());
        assertThat(driver.findElement(By.id("token")).isEnabled()).isFalse();

        driver.get(app.baseUrl() + "/projects/SHOP");
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Push all open items…']"));
        assertThat(driver.findElement(By.id("preview-summary")).getText()).contains("3 tickets would be created");
        Item left = items.get(1);
        driver.findElement(By.id("tick-" + left.id())).click();
        Chromium.shot(driver, SHOTS.resolve("jira-push-preview.png"));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
        // on a phone each fact sits on its own line under the item's title, where the hidden header cannot name it
        assertThat(driver.findElement(By.cssSelector(".push-preview thead")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("td[data-label='Jira priority']")).getLocation().getX())
                .isEqualTo(driver.findElement(By.cssSelector("label[for='tick-" + left.id() + "']")).findElement(By.xpath("..")).getLocation().getX());
        assertThat((String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(\"td[data-label='Jira priority']\"), '::before').content"))
                .contains("Jira priority");
        Chromium.shot(driver, SHOTS.resolve("jira-push-preview-390.png"));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Push the ticked items']"));

        assertThat(driver.findElement(By.id("flash")).getText()).contains("Queued for Jira: 2 tickets to create");
        assertThat(app.app().jiraSync().links("SHOP").keySet()).containsExactlyInAnyOrder(items.get(0).id(), items.get(2).id());

        String pending = awaitText("/items/" + items.get(0).id(), "jira-state", "Nothing can be sent");
        assertThat(pending).contains("Jira: pending", "no Jira credentials", "waits until this is fixed");
        driver.get(app.baseUrl() + "/items/" + left.id());
        assertThat(driver.findElement(By.id("jira-state")).getText()).contains("Jira: not pushed");
        driver.get(app.baseUrl() + "/projects/SHOP");
        assertThat(driver.findElement(By.id("jira-health")).getText()).contains("2 writes queued", "last error", "no Jira credentials");
        Chromium.shot(driver, SHOTS.resolve("jira-health-checklist.png"));
    }

    /** The sync thread records the reason a moment after the push: reloads until the element says it. */
    private String awaitText(String path, String id, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        String text;
        do {
            driver.get(app.baseUrl() + path);
            text = driver.findElement(By.id(id)).getText();
        } while (!text.contains(expected) && Instant.now().isBefore(deadline));
        return text;
    }
}
