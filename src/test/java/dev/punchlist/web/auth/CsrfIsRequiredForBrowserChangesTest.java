package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in browser's state-changing request needs the session's CSRF token and a same-site Origin. */
class CsrfIsRequiredForBrowserChangesTest {
    private static final AtomicInteger KEYS = new AtomicInteger();
    private static TestApp app;
    private static TestApp.Login lead;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        lead = app.login(Role.LEAD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpRequest.Builder createProject() {
        return app.request("/api/v1/projects").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"P" + KEYS.incrementAndGet() + "\",\"name\":\"x\"}"));
    }

    @Test
    void withTokenAndSameOriginTheChangeIsMade() {
        assertThat(app.send(lead.apply(createProject())).statusCode()).isEqualTo(201);
    }

    @Test
    void withoutTheTokenItIsRefused() {
        HttpResponse<String> response = app.send(createProject().header("Cookie", lead.cookie()).header("Origin", app.origin()));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("CSRF");
    }

    @Test
    void withAWrongTokenItIsRefused() {
        HttpResponse<String> response = app.send(createProject().header("Cookie", lead.cookie())
                .header("Origin", app.origin()).header("X-CSRF-Token", lead.csrf() + "x"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void fromAnotherOriginItIsRefusedEvenWithTheToken() {
        HttpResponse<String> response = app.send(createProject().header("Cookie", lead.cookie())
                .header("Origin", "https://evil.example").header("X-CSRF-Token", lead.csrf()));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void withNeitherOriginNorRefererItIsRefused() {
        HttpResponse<String> response = app.send(createProject().header("Cookie", lead.cookie()).header("X-CSRF-Token", lead.csrf()));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aSameSiteRefererStandsInForAMissingOrigin() {
        HttpResponse<String> response = app.send(createProject().header("Cookie", lead.cookie())
                .header("Referer", app.origin() + "/projects").header("X-CSRF-Token", lead.csrf()));
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aFormCarriesTheTokenInTheCsrfField() {
        TestApp.Login admin = app.login(Role.ADMIN);
        HttpRequest.Builder form = app.request("/admin/users").header("Cookie", admin.cookie()).header("Origin", app.origin())
                .header("Content-Type", "application/x-www-form-urlencoded");
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("username", "carol");
        fields.put("password", "a long enough password");
        fields.put("role", "viewer");
        assertThat(app.send(form.copy().POST(TestApp.form(fields))).statusCode()).isEqualTo(403);
        fields.put("_csrf", admin.csrf());
        assertThat(app.send(form.POST(TestApp.form(fields))).statusCode()).isEqualTo(303);
        assertThat(app.app().users().find("carol")).isPresent();
    }

    @Test
    void requestsWithAnApiTokenAreExempt() {
        HttpResponse<String> response = app.send(createProject().header("Authorization", "Bearer " + app.apiToken(Role.LEAD)));
        assertThat(response.statusCode()).isEqualTo(201);
    }
}
