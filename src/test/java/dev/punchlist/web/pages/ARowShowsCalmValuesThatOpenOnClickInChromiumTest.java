package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 3: a row's values read as text; with JavaScript a click opens the control, without it the controls show. */
class ARowShowsCalmValuesThatOpenOnClickInChromiumTest extends ChromiumPageTest {
    @Test
    void with_javascript_the_status_control_is_hidden_until_its_value_is_clicked_and_a_change_then_saves() throws InterruptedException {
        Chromium.assumePresent();
        app = TestApp.start();
        Item item = PageFixture.imported(app).get(0);
        driver = Chromium.start(true, dir.resolve("member"), 1280, 1400);
        Chromium.openAs(driver, app, "member", "/projects/SHOP");

        WebElement status = driver.findElement(By.id("status-" + item.id()));
        WebElement value = valueOf(item);
        assertThat(status.isDisplayed()).as("the control waits behind its value").isFalse();
        assertThat(driver.findElement(By.id("assignee-" + item.id())).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("due-" + item.id())).isDisplayed()).isFalse();
        assertThat(value.isDisplayed()).isTrue();
        assertThat(value.getText()).as("the value, after its hidden label").endsWith("to do");

        value.click();
        assertThat(status.isDisplayed()).isTrue();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("status-" + item.id());
        status.sendKeys(Keys.ARROW_DOWN);
        status.sendKeys(Keys.ESCAPE);
        assertThat(status.isDisplayed()).as("Escape shows the calm value again").isFalse();
        assertThat(valueOf(item).isDisplayed()).isTrue();
        assertThat(driver.switchTo().activeElement().getAttribute("data-opens")).isEqualTo("status-" + item.id());
        assertThat(new Select(status).getFirstSelectedOption().getAttribute("value")).as("Escape abandons the browsed status").isEqualTo("todo");
        Thread.sleep(500);
        assertThat(app.app().items().get(item.id()).status()).isEqualTo(Status.TODO);

        valueOf(item).click();
        new Select(status).selectByValue("in_progress");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> app.app().items().get(item.id()).status() == Status.IN_PROGRESS);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> valueOf(item).getAttribute("textContent").contains("in progress"));

        driver.navigate().refresh();
        assertThat(valueOf(item).getText()).endsWith("in progress");
        assertThat(driver.findElement(By.id("status-" + item.id())).isDisplayed()).isFalse();
        assertThat(new Select(driver.findElement(By.id("status-" + item.id()))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("in_progress");
    }

    @Test
    void without_javascript_the_controls_are_shown_and_the_values_are_not_buttons() {
        Chromium.assumePresent();
        app = TestApp.start();
        Item item = PageFixture.imported(app).get(0);
        driver = Chromium.start(false, dir.resolve("member"), 1280, 1400);
        Chromium.openAs(driver, app, "member", "/projects/SHOP");

        assertThat(driver.findElement(By.id("status-" + item.id())).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("assignee-" + item.id())).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("due-" + item.id())).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#item-" + item.id() + " .quick-save")).isDisplayed()).isTrue();
        assertThat(valueOf(item).isDisplayed()).isFalse();
    }

    private WebElement valueOf(Item item) {
        return driver.findElement(By.cssSelector("#item-" + item.id() + " .value[data-opens='status-" + item.id() + "']"));
    }
}
