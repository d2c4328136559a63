package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Debian's headless Chromium for page tests: start one per person, sign in, click and wait for the next page. */
final class Chromium {
    private static final Path BINARY = Path.of(System.getProperty("punchlist.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("punchlist.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips the test, saying so on the build log, where no browser is installed. */
    static void assumePresent() {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        String skipped = "browser test SKIPPED: no headless Chromium at " + BINARY + " / " + DRIVER
                + " (apt-get install chromium chromium-driver)";
        if (!present) {
            System.err.println(skipped);
        }
        assumeTrue(present, skipped);
    }

    static WebDriver start(boolean javascript, Path profile, int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** Opens {@code path}, signing in on the way as {@code username}. */
    static void openAs(WebDriver driver, TestApp app, String username, String path) {
        driver.get(app.baseUrl() + path);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        clickToLoad(driver, By.xpath("//button[normalize-space()='Sign in']"));
    }

    /** Clicks something that loads a page and waits until the new page has loaded. */
    static void clickToLoad(WebDriver driver, By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> isGone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Chromium reports a node of a replaced page as stale or, at times, as an inspector error: either means gone. */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** A full-page screenshot to {@code file} (outside the repository when the caller wants to keep it). */
    static void shot(WebDriver driver, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
