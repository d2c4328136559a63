package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 3: after an in-place change the page head and that phase's totals follow, without a reload. */
class ARowChangeUpdatesScoreAndTallyInPlaceInChromiumTest extends ChromiumPageTest {
    @Test
    void ticking_the_phase_0_item_done_moves_score_level_and_phase_0_tally_on_the_same_page() {
        Chromium.assumePresent();
        app = TestApp.start();
        Item critical = PageFixture.imported(app).get(0);
        driver = Chromium.start(true, dir.resolve("member"), 1280, 1400);
        Chromium.openAs(driver, app, "member", "/projects/SHOP");
        ((JavascriptExecutor) driver).executeScript("window.sameDocument = true;");
        assertThat(driver.findElement(By.id("phase-stats-0")).getText()).contains("0/1 done");
        String scoreBefore = driver.findElement(By.cssSelector("#score-line .score")).getText();

        driver.findElement(By.cssSelector("#item-" + critical.id() + " .value[data-opens='status-" + critical.id() + "']")).click();
        new Select(driver.findElement(By.cssSelector("#item-" + critical.id() + " select[name=status]"))).selectByValue("done");

        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#score-line .level")).getText().equals("Staging-ready"));
        assertThat(driver.findElement(By.id("phase-stats-0")).getText()).contains("1/1 done", "gate met");
        assertThat(driver.findElement(By.cssSelector("#score-line .score")).getText()).isNotEqualTo(scoreBefore);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.sameDocument === true")).isEqualTo(true);
    }
}
