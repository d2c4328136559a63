package dev.punchlist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.store.Database;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The real server on a free port over a fresh, migrated SQLite file, and one HTTP client that every
 * HTTP-level test goes through.
 */
public final class TestApp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Database database;
    private final App app;
    private final Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestApp(long maxReportBytes) {
        try {
            folder = Files.createTempDirectory("punchlist-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = Database.open(folder.resolve("test.db"));
        app = new App(new Config("127.0.0.1", 0, database.file(), false, maxReportBytes, "http://127.0.0.1"), database,
                Clock.systemUTC());
        server = app.server().start("127.0.0.1", 0);
    }

    public static TestApp start() {
        return new TestApp(AuditReader.DEFAULT_LIMIT_BYTES);
    }

    public static TestApp startWithReportLimit(long bytes) {
        return new TestApp(bytes);
    }

    public App app() {
        return app;
    }

    public Database database() {
        return database;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response postJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patchJson(String path, String json, String... headers) {
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    /** Creates a project and imports a Markdown report into it; returns the import answer. */
    public Response projectWithReport(String key, String markdown) {
        postJson("/api/v1/projects", "{\"key\":\"" + key + "\",\"name\":\"" + key + " service\"}").expect(201);
        return post("/api/v1/projects/" + key + "/audits", "text/markdown", markdown).expect(201);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }

    /** An HTTP answer with its JSON body at hand. */
    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        public Response expect(int status) {
            if (status() != status) {
                throw new AssertionError("expected HTTP " + status + " but got " + status() + ": " + body());
            }
            return this;
        }
    }
}
