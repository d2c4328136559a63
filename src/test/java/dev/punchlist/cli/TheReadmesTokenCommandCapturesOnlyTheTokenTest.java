package dev.punchlist.cli;

import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.plan.Demo;
import dev.punchlist.store.Database;
import dev.punchlist.user.Role;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's two lines that make a token and use it, run by a shell exactly as written (only the jar becomes
 * this build's classpath and the port the test server's): results go to standard output, logs to standard error.
 */
class TheReadmesTokenCommandCapturesOnlyTheTokenTest {
    @TempDir
    Path dir;

    @Test
    void the_token_line_captures_one_token_and_the_curl_after_it_is_answered() throws Exception {
        Path file = dir.resolve("data/punchlist.db"); // the commands' default --db, relative to where they run
        try (Database database = Database.open(file)) {
            App app = new App(new Config("127.0.0.1", 0, file, true, AuditReader.DEFAULT_LIMIT_BYTES, "http://127.0.0.1:0"),
                    database, Clock.systemUTC());
            app.users().create("admin", "correct horse battery staple", Role.ADMIN, "test");
            Demo.createIfEmpty(app.projects(), app.importer(), app.items());
            Javalin server = app.server().start("127.0.0.1", 0);
            try {
                List<String> lines = readmeLines(server.port());

                Shell token = shell(lines.get(0) + "\nprintf '%s' \"$TOKEN\"");
                assertThat(token.exit()).as(token.err()).isZero();
                assertThat(token.out()).matches("[A-Za-z0-9_\\-]{20,}");
                assertThat(token.err()).contains("this is the only time it is shown");

                Shell both = shell(lines.get(0) + "\n" + lines.get(1));
                assertThat(both.out()).startsWith("{").contains("\"score\"");
            } finally {
                server.stop();
            }
        }
    }

    /** The README's {@code TOKEN=$(…)} line and the line after it, with this build's classpath and the server's port. */
    private static List<String> readmeLines(int port) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int at = 0;
        while (!readme.get(at).trim().startsWith("TOKEN=$(")) {
            at++;
        }
        String java = "java -cp '" + System.getProperty("java.class.path") + "' " + dev.punchlist.Main.class.getName();
        return readme.subList(at, at + 2).stream()
                .map(l -> l.trim().replace("java -jar target/punchlist.jar", java).replace("localhost:7070", "localhost:" + port))
                .toList();
    }

    private record Shell(int exit, String out, String err) {
    }

    private Shell shell(String script) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Shell(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
