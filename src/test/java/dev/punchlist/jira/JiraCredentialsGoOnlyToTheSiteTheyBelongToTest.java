package dev.punchlist.jira;

import com.sun.net.httpserver.HttpServer;
import dev.punchlist.jira.sync.JiraNotConfiguredException;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whoever may edit a project's Jira settings cannot read its credentials by pointing {@code site_url} at an address of
 * their own: stored credentials are forgotten when the site changes, the environment's go only to the site the
 * operator named, plain http is refused off loopback, and no redirect is followed with them.
 */
class JiraCredentialsGoOnlyToTheSiteTheyBelongToTest {
    private final Recorder elsewhere = new Recorder(null);

    @AfterEach
    void stop() {
        elsewhere.close();
    }

    @Test
    void a_lead_who_moves_site_url_to_their_own_address_receives_no_stored_credentials() {
        try (JiraApiFixture jira = new JiraApiFixture()) {
            jira.configure(); // the admin stores an API token for the real site
            String moved = jira.settingsBody().replace(jira.fake.url(), elsewhere.url())
                    .replaceAll(",\\s*\"email\": \"[^\"]*\", \"token\": \"[^\"]*\"", "");

            TestApp.Response saved = asLead(jira, jira.app.request(JiraApiFixture.BASE + "/settings")
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(moved)));
            asLead(jira, jira.app.request(JiraApiFixture.BASE + "/test").POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.json().get("credentials").asText()).isEqualTo("missing");
            assertThat(elsewhere.authorizations).isEmpty();
        }
    }

    @Test
    void the_environments_credentials_serve_only_the_site_the_operator_named() {
        try (TestApp app = TestApp.start()) {
            app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
            Map<String, String> env = Map.of("PUNCHLIST_JIRA_EMAIL", EMAIL, "PUNCHLIST_JIRA_TOKEN", API_TOKEN,
                    "PUNCHLIST_JIRA_SITE_URL", "https://acme.atlassian.net/");
            JiraSettingsStore store = new JiraSettingsStore(app.database(), null, Clock.systemUTC(), () -> env);

            store.save("PAY", input(elsewhere.url()));
            assertThatThrownBy(() -> store.credentials("PAY")).isInstanceOf(JiraNotConfiguredException.class);
            assertThat(store.find("PAY").orElseThrow().credentialsSource()).isEqualTo("missing");

            store.save("PAY", input("https://acme.atlassian.net"));
            assertThat(store.credentials("PAY").authorizationHeader()).startsWith("Basic ");
        }
    }

    @Test
    void plain_http_is_refused_but_on_loopback_and_the_hosts_the_operator_listed() {
        try (TestApp app = TestApp.start()) {
            app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
            JiraSettingsStore strict = new JiraSettingsStore(app.database(), null, Clock.systemUTC(), Map::of);
            JiraSettingsStore internal = new JiraSettingsStore(app.database(), null, Clock.systemUTC(),
                    () -> Map.of("PUNCHLIST_JIRA_HTTP_HOSTS", "jira.corp.internal"));

            assertThatThrownBy(() -> strict.save("PAY", input("http://attacker.example.com")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("site_url"));
            assertThatThrownBy(() -> strict.save("PAY", input("http://jira.corp.internal")))
                    .isInstanceOf(InvalidInputException.class);
            internal.save("PAY", input("http://jira.corp.internal"));
            strict.save("PAY", input("https://acme.atlassian.net"));
            strict.save("PAY", input(elsewhere.url()));
        }
    }

    @Test
    void a_redirect_from_the_site_is_not_followed_with_the_credentials() {
        try (Recorder site = new Recorder(elsewhere.url())) {
            JiraSettings settings = JiraSettings.of(URI.create(site.url()), Flavour.CLOUD, PROJECT, "Task");

            JiraClient.testConnection(settings, credentials(Flavour.CLOUD), options(new RecordingSleeper()));

            assertThat(site.authorizations).isNotEmpty();
            assertThat(elsewhere.authorizations).isEmpty();
        }
    }

    private static JiraSettingsStore.Input input(String site) {
        return new JiraSettingsStore.Input(site, "cloud", "OPS", "Task", null, null, null, null, null, null, null, null);
    }

    private static TestApp.Response asLead(JiraApiFixture jira, HttpRequest.Builder request) {
        return new TestApp.Response(jira.app.send(request.header("Authorization", "Bearer " + jira.app.apiToken(Role.LEAD))),
                new com.fasterxml.jackson.databind.ObjectMapper());
    }

    /** A web server that notes every Authorization header it is sent; it redirects to {@code redirectTo}, or says 404. */
    private static final class Recorder implements AutoCloseable {
        final List<String> authorizations = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Recorder(String redirectTo) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null) {
                    authorizations.add(authorization);
                }
                if (redirectTo != null) {
                    exchange.getResponseHeaders().add("Location", redirectTo + exchange.getRequestURI());
                }
                exchange.sendResponseHeaders(redirectTo != null ? 302 : 404, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
