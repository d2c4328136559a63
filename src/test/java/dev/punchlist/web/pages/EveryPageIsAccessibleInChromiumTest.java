package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: axe-core finds no serious or critical violation on any page, with its data, its errors and its previews. */
class EveryPageIsAccessibleInChromiumTest extends ChromiumPageTest {
    private final List<String> found = new ArrayList<>();

    @Test
    void axe_finds_no_serious_or_critical_violation_on_any_page() {
        Chromium.assumePresent();
        app = TestApp.start();
        List<Item> items = PageFixture.imported(app);
        app.app().jiraSync().settingsStore().save("SHOP", new JiraSettingsStore.Input("http://127.0.0.1:9", "cloud", "OPS",
                "Task", Map.of(), List.of(), Map.of(), "done", null, null, null, null));
        app.postForm("/items/" + items.get(0).id() + "/comments", "comment", "Rotated in the vault, **checking** the apps").expect(303);
        app.postForm("/items/" + items.get(0).id() + "/quick", "status", "in_progress", "assignee", "member", "due", "2030-01-31",
                "version", "1", "back", "/projects/SHOP").expect(303);
        driver = Chromium.start(true, dir.resolve("admin"), 1280, 1000);

        driver.get(app.baseUrl() + "/login");
        check("/login");
        Chromium.openAs(driver, app, "admin", "/");
        for (String path : List.of("/", "/projects/SHOP", "/projects/SHOP?status=open&severity=critical", "/items/" + items.get(0).id(),
                "/projects/SHOP/standup", "/projects/SHOP/readiness", "/projects/SHOP/import", "/projects/SHOP/settings",
                "/projects/SHOP/jira", "/projects/SHOP/report", "/admin/users", "/admin/audit-log", "/projects/NOPE")) {
            driver.get(app.baseUrl() + path);
            check(path);
        }
        driver.get(app.baseUrl() + "/projects/SHOP/import");
        driver.findElement(By.id("report")).sendKeys(PageFixture.REAUDIT);
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Preview']"));
        check("import preview");
        driver.get(app.baseUrl() + "/projects/SHOP");
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Push all open items…']"));
        check("Jira push preview");
        Chromium.clickToLoad(driver, By.xpath("//button[normalize-space()='Sign out']"));
        Chromium.openAs(driver, app, "viewer", "/admin/users");
        check("403 for a viewer");

        assertThat(found).as("serious or critical axe violations").isEmpty();
    }

    /** The check above means something only if axe really runs in these pages and reports what it finds. */
    @Test
    void axe_reports_an_image_without_a_text_alternative() {
        Chromium.assumePresent();
        app = TestApp.start();
        driver = Chromium.start(true, dir.resolve("probe"), 1280, 1000);
        driver.get(app.baseUrl() + "/login");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = document.createElement('img'); img.src = '/public/favicon.svg'; document.querySelector('main').append(img);");
        assertThat(Axe.seriousViolations(driver)).anyMatch(v -> v.startsWith("image-alt (critical)"));
    }

    private void check(String page) {
        Axe.seriousViolations(driver).forEach(v -> found.add(page + ": " + v));
    }
}
