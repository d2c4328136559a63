package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, blocker 2, in a real browser on a phone-sized window: drop and merge rows in the preview, then undo the import. */
class CleaningUpAnImportInChromiumTest extends ChromiumPageTest {
    private static final String REPORT = """
            # Payments readiness

            Overall Production Readiness is discussed below.

            ## Findings

            - [ ] **High:** SSL/TLS: Properly configured for production
            - [ ] **High:** Add rate limiting to the login form — Effort: 3 hours
            - [ ] **Medium:** Throttle login attempts per account — Effort: 1 hour
            - [ ] **Medium:** Send security headers on every response — Effort: 1 hour
            """;
    /** Where the screenshots for the closing note go: outside the repository. */
    private static final Path SHOTS = Path.of(System.getProperty("punchlist.shots", "target/screenshots"));

    @Test
    void a_lead_leaves_out_a_strength_merges_a_restatement_corrects_the_score_and_later_undoes_the_import() {
        Chromium.assumePresent();
        app = TestApp.start();
        PageFixture.project(app);
        driver = Chromium.start(true, dir.resolve("lead"), 390, 1800);
        Chromium.openAs(driver, app, "lead", "/projects/SHOP/import");
        driver.findElement(By.id("report")).sendKeys(REPORT);
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Preview']"));
        Chromium.shot(driver, SHOTS.resolve("import-preview-390.png"));
        assertThat(driver.findElement(By.id("title_1")).getSize().getWidth()).as("title input width at 390 px").isGreaterThan(200);

        driver.findElement(By.cssSelector("label[for=skip_0]")).click();
        new Select(driver.findElement(By.id("merge_2"))).selectByVisibleText("Add rate limiting to the login form");
        driver.findElement(By.id("baseline")).sendKeys("78");
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Confirm import']"));

        List<Item> items = app.app().items().all("SHOP", ItemFilter.ALL);
        assertThat(items).extracting(Item::title).containsExactlyInAnyOrder("Add rate limiting to the login form",
                "Send security headers on every response");
        assertThat(driver.findElement(By.cssSelector(".page-head .score")).getText()).isEqualTo("78.0");

        driver.get(app.baseUrl() + "/projects/SHOP/settings");
        driver.findElement(By.cssSelector("label[for^=confirm-]")).click();
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Undo import']"));
        assertThat(driver.findElement(By.id("undone")).getText()).contains("2 items deleted");
        assertThat(driver.findElement(By.cssSelector(".history")).getText()).contains("audit.undo", "2 items deleted");
        assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).isEmpty();
    }
}
