package dev.punchlist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.security.TokenScope;
import dev.punchlist.store.Database;
import dev.punchlist.user.Role;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The real server on port 0 over a fresh temp-file database, with one user per role, for any test that
 * needs to authenticate. Use in a try-with-resources block:
 *
 * <pre>{@code
 * try (TestApp app = TestApp.start()) {
 *     String token = app.apiToken(Role.MEMBER);                    // Authorization: Bearer <token>
 *     HttpResponse<String> r = app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + token).GET());
 *     TestApp.Login login = app.login(Role.LEAD);                 // session cookie + CSRF token
 *     app.send(login.apply(app.request("/some/form")).POST(TestApp.form(Map.of("_csrf", login.csrf()))));
 * }
 * }</pre>
 */
public final class TestApp implements AutoCloseable {
    /** Every role's user is named after the role ("viewer", "member", "lead", "admin") with this password. */
    public static final String PASSWORD = "correct horse battery staple";

    private final Path directory;
    private final Database database;
    private final App app;
    private final Javalin server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final ObjectMapper json = new ObjectMapper();
    private Login pageLogin;

    private TestApp(Clock clock, SecuritySettings settings) {
        this(clock, settings, AuditReader.DEFAULT_LIMIT_BYTES);
    }

    private TestApp(Clock clock, SecuritySettings settings, long maxReportBytes) {
        this(clock, settings, maxReportBytes, connection -> { });
    }

    private TestApp(Clock clock, SecuritySettings settings, long maxReportBytes, Database.WriterSetup writerSetup) {
        try {
            directory = Files.createTempDirectory("punchlist-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = Database.open(directory.resolve("punchlist.db"), writerSetup);
        Config config = new Config("127.0.0.1", 0, database.file(), false, maxReportBytes, "http://127.0.0.1:0");
        app = new App(config, database, clock, settings);
        for (Role role : Role.values()) {
            app.users().create(role.label(), PASSWORD, role, "test");
        }
        server = app.server().start("127.0.0.1", 0);
    }

    public static TestApp start() {
        return new TestApp(Clock.systemUTC(), SecuritySettings.development());
    }

    public static TestApp start(Clock clock, SecuritySettings settings) {
        return new TestApp(clock, settings);
    }

    /** For page tests written before accounts existed; the folder is chosen here. */
    public static TestApp start(Path ignored) {
        return start();
    }

    /** With {@code writerSetup} run on each connection the database's writer opens (to inject storage faults). */
    public static TestApp startWithWriterSetup(Database.WriterSetup writerSetup) {
        return new TestApp(Clock.systemUTC(), SecuritySettings.development(), AuditReader.DEFAULT_LIMIT_BYTES, writerSetup);
    }

    public static TestApp startWithReportLimit(long bytes) {
        return new TestApp(Clock.systemUTC(), SecuritySettings.development(), bytes);
    }

    public App app() {
        return app;
    }

    public Database database() {
        return database;
    }

    public Javalin server() {
        return server;
    }

    /** {@code http://localhost:PORT}: also the Origin a same-site browser form sends. */
    public String origin() {
        return "http://localhost:" + server.port();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin() + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A write-scope token of the user with {@code role} (made once per app, then reused). */
    public String apiToken(Role role) {
        return tokens.computeIfAbsent(role, r -> apiToken(r, TokenScope.WRITE));
    }

    public String apiToken(Role role, TokenScope scope) {
        return app.tokens().create(role.label(), "test", scope, Duration.ofDays(30), "test").secret();
    }

    /** Signs in through the real form and reads the session's CSRF token from {@code GET /api/v1/session}. */
    public Login login(Role role) {
        return login(role.label(), PASSWORD);
    }

    public Login login(String username, String password) {
        HttpResponse<String> response = send(request("/login").header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", username, "password", password))));
        String cookie = sessionCookie(response);
        if (response.statusCode() != 303 || cookie == null) {
            throw new IllegalStateException("login as " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        HttpResponse<String> session = send(request("/api/v1/session").header("Cookie", cookie).GET());
        try {
            JsonNode body = json.readTree(session.body());
            return new Login(cookie, body.get("csrf_token").asText(), origin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code punchlist_session=...} pair from a Set-Cookie header, ready for a Cookie header. */
    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("punchlist_session=") && !c.startsWith("punchlist_session=;"))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(null);
    }

    public static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    /**
     * A browser session: {@link #apply} adds the cookie, the CSRF header and a same-site Origin, which is what
     * a page's htmx request sends. For a plain form, put {@link #csrf()} in the {@code _csrf} field instead.
     */
    public record Login(String cookie, String csrf, String origin) {
        public HttpRequest.Builder apply(HttpRequest.Builder request) {
            return request.header("Cookie", cookie).header("X-CSRF-Token", csrf).header("Origin", origin);
        }
    }

    public String url(String path) {
        return origin() + path;
    }

    public String baseUrl() {
        return origin();
    }

    /**
     * A browser form post, signed in as the admin through the real login form: the session cookie, a
     * same-site Origin and the {@code _csrf} field are added. {@code fields} alternate name, value.
     */
    public Response postForm(String path, String... fields) {
        return postForm(path, Map.of(), fields);
    }

    public Response postForm(String path, Map<String, String> headers, String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name, value pairs");
        }
        Login login = pageLogin();
        StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(login.csrf(), StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", login.cookie()).header("Origin", login.origin())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        return new Response(send(request), json);
    }

    private Login pageLogin() {
        if (pageLogin == null) {
            pageLogin = login(Role.ADMIN);
        }
        return pageLogin;
    }

    // The API helpers below act as the admin through a write-scope token, so API tests read like the
    // feature they test; access rules themselves are tested with request()/send() and other roles.

    public Response get(String path) {
        return api(request(path).GET());
    }

    public Response postJson(String path, String body) {
        return api(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path, String contentType, String body) {
        return api(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patchJson(String path, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api(request);
    }

    public Response delete(String path) {
        return api(request(path).DELETE());
    }

    private Response api(HttpRequest.Builder request) {
        return new Response(send(request.header("Authorization", "Bearer " + apiToken(Role.ADMIN))), json);
    }

    /** Creates a project and imports a Markdown report into it; returns the import answer. */
    public Response projectWithReport(String key, String markdown) {
        postJson("/api/v1/projects", "{\"key\":\"" + key + "\",\"name\":\"" + key + " service\"}").expect(201);
        return post("/api/v1/projects/" + key + "/audits", "text/markdown", markdown).expect(201);
    }

    /** An HTTP answer with its JSON body at hand. */
    public record Response(HttpResponse<String> raw, ObjectMapper mapper) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String location() {
            return header("Location");
        }

        public JsonNode json() {
            try {
                return mapper.readTree(raw.body());
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

    @Override
    public void close() {
        server.stop();
        database.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is no reason to fail a test
        }
    }
}
