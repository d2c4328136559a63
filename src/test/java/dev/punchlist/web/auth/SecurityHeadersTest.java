package dev.punchlist.web.auth;

import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {
    @Test
    void everyAnswerCarriesCspWithoutInlineScriptAndTheOtherHeaders() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("HDR", "# Audit\n\n- [ ] **High:** Rotate the signing key\n");
            long item = app.get("/api/v1/projects/HDR/items").json().at("/items/0/id").asLong();
            String etag = app.get("/api/v1/items/" + item).header("ETag");
            HttpHeaders changed = app.patchJson("/api/v1/items/" + item, "{\"status\":\"done\"}", "If-Match", etag).raw().headers();
            assertHeaders("PATCH item", changed); // written straight to the response, before the after-handlers run
            assertThat(changed.firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            for (String path : new String[]{"/health", "/login", "/api/v1/projects", "/no-such-page"}) {
                assertHeaders(path, app.send(app.request(path).GET()).headers());
            }
        }
    }

    private static void assertHeaders(String path, HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void behindATrustedTlsProxyHstsIsSentAndTheCookieIsSecure() {
        SecuritySettings dev = SecuritySettings.development();
        SecuritySettings proxied = new SecuritySettings(false, dev.sessionKey(), null, SecuritySettings.CookieSecure.AUTO, java.util.List.of("127.0.0.1"),
                dev.idleTimeout(), dev.absoluteLifetime(), null, null);
        try (TestApp app = TestApp.start(Clock.systemUTC(), proxied)) {
            HttpResponse<String> login = app.send(app.request("/login").header("X-Forwarded-Proto", "https")
                    .header("Origin", "https://localhost:" + app.server().port())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("username", "viewer", "password", TestApp.PASSWORD))));
            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        }
    }

    @Test
    void aValidIncomingRequestIdIsEchoedAndABadOneReplaced() {
        try (TestApp app = TestApp.start()) {
            HttpResponse<String> echoed = app.send(app.request("/health").header("X-Request-Id", "trace-12345678").GET());
            assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("trace-12345678");
            HttpResponse<String> replaced = app.send(app.request("/health").header("X-Request-Id", "bad id\"<script>").GET());
            assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        }
    }
}
