package dev.punchlist.web.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** axe-core from its WebJar (a test dependency, never served to users), run in the page a test has open. */
final class Axe {
    private static final String SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe did not run: ' + e]));
            """;
    private static final String SOURCE = load();

    private Axe() {
    }

    /** The serious and critical violations on the open page, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // through the driver, not a <script> tag, so the page's CSP stays as strict as users get it
        js.executeScript(SOURCE + "\n;window.axe = axe;");
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
