package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;

/** One person's browser on one running app: what a page test starts, and stops after each test. */
abstract class ChromiumPageTest {
    @TempDir
    Path dir;

    WebDriver driver;
    TestApp app;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }
}
