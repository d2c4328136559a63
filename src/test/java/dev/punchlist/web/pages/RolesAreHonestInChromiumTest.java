package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 6, in a real browser: a viewer is offered nothing to change; a deactivated account cannot sign in. */
class RolesAreHonestInChromiumTest extends ChromiumPageTest {
    @Test
    void a_viewer_sees_the_rows_and_the_item_without_a_single_edit_control() {
        Chromium.assumePresent();
        app = TestApp.start();
        List<Item> items = PageFixture.imported(app);
        driver = Chromium.start(true, dir.resolve("viewer"), 1280, 1000);

        Chromium.openAs(driver, app, "viewer", "/projects/SHOP");
        assertThat(driver.findElement(By.cssSelector("table.items")).getText()).contains("Rotate the leaked database password");
        assertThat(driver.findElements(By.cssSelector("table.items select, table.items input, table.items button, table.items form")))
                .as("edit controls in the checklist rows").isEmpty();
        assertThat(driver.findElements(By.id("bulk"))).isEmpty();
        driver.findElement(By.cssSelector("table.items tbody tr td:last-child")).click();
        assertThat(driver.findElements(By.cssSelector("table.items select"))).as("a click opens no editor").isEmpty();

        driver.get(app.baseUrl() + "/items/" + items.get(0).id());
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("History");
        assertThat(driver.findElements(By.cssSelector("main form[method='post'], main textarea, main select"))).isEmpty();
    }

    @Test
    void an_admin_deactivates_a_member_who_then_cannot_sign_in() {
        Chromium.assumePresent();
        app = TestApp.start();
        driver = Chromium.start(false, dir.resolve("admin"), 1280, 1000);

        Chromium.openAs(driver, app, "admin", "/admin/users");
        Chromium.clickToLoad(driver, By.cssSelector("button[aria-label='Deactivate member']"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("deactivated");
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Sign out']"));

        Chromium.openAs(driver, app, "member", "/");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).isNotBlank();
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Sign out']"))).isEmpty();
    }
}
