package dev.punchlist.testing;

import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.store.Database;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real application on a free port over a fresh SQLite file, with the one HTTP client every page
 * test goes through. When logins arrive, signing in (and the CSRF token) is added here, once.
 */
public final class TestApp implements AutoCloseable {
    private final Database database;
    private final App app;
    private final Javalin server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestApp(Path dir) {
        Path file = dir.resolve("t.db");
        this.database = Database.open(file);
        this.app = new App(new Config("127.0.0.1", 0, file, false, AuditReader.DEFAULT_LIMIT_BYTES, "http://127.0.0.1"),
                database, Clock.systemUTC());
        this.server = app.server().start(0);
    }

    public static TestApp start(Path dir) {
        return new TestApp(dir);
    }

    public App app() {
        return app;
    }

    public Database database() {
        return database;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** An HTTP answer: status, body and the headers a test looks at. */
    public record Response(int status, String body, String contentType, String location) {
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
    }

    /** A form post; {@code fields} alternate name, value (names may repeat, like ticked checkboxes). */
    public Response postForm(String path, String... fields) {
        return postForm(path, Map.of(), fields);
    }

    public Response postForm(String path, Map<String, String> headers, String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name, value pairs");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&"))));
        headers.forEach(request::header);
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
