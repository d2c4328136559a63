package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 3: arrowing through a row's statuses saves nothing; Enter saves, and focus stays on the row. */
class AKeyboardStatusChangeSavesOnEnterInChromiumTest extends ChromiumPageTest {
    @Test
    void arrow_keys_browse_the_statuses_and_enter_saves_the_one_chosen_keeping_focus_on_that_row() throws InterruptedException {
        Chromium.assumePresent();
        app = TestApp.start();
        Item item = PageFixture.imported(app).get(0);
        driver = Chromium.start(true, dir.resolve("member"), 1280, 1400);
        Chromium.openAs(driver, app, "member", "/projects/SHOP");
        // the row shows its status as text; from the keyboard, Enter on that value opens the select and focuses it
        WebElement value = driver.findElement(By.cssSelector("#item-" + item.id() + " .value[data-opens='status-" + item.id() + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", value);
        value.sendKeys(Keys.ENTER);
        WebElement status = driver.findElement(By.id("status-" + item.id()));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("status-" + item.id());

        status.sendKeys(Keys.ARROW_DOWN);
        status.sendKeys(Keys.ARROW_DOWN);
        Thread.sleep(500);
        assertThat(app.app().items().get(item.id()).status()).as("nothing saved while browsing").isEqualTo(Status.TODO);

        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> app.app().items().get(item.id()).status() != Status.TODO);
        assertThat(app.app().items().get(item.id()).status()).isEqualTo(Status.BLOCKED);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("item-" + item.id())).getAttribute("class").contains("is-blocked"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("status-" + item.id());
    }
}
