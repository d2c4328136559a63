package dev.punchlist.web.auth;

import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsAreProtectedTest {
    private static final String METRICS_TOKEN = "m".repeat(20) + "0123456789abcdef";

    @Test
    void anonymousAndNonAdminCallersGetNoMetrics() {
        try (TestApp app = TestApp.start()) {
            assertThat(app.send(app.request("/metrics").GET()).statusCode()).isEqualTo(401);
            assertThat(app.send(app.request("/metrics").header("Authorization", "Bearer " + app.apiToken(Role.LEAD)).GET()).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void anAdminReadsRequestsByRouteTemplateAndStatusInPrometheusFormat() {
        try (TestApp app = TestApp.start()) {
            String admin = "Bearer " + app.apiToken(Role.ADMIN);
            app.send(app.request("/api/v1/projects/NOPE").header("Authorization", admin).GET());
            app.login(Role.VIEWER);
            HttpResponse<String> metrics = app.send(app.request("/metrics").header("Authorization", admin).GET());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(metrics.body())
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/projects/{key}\",status=\"404\"}")
                    .contains("punchlist_logins_total{outcome=\"success\"}");
        }
    }

    @Test
    void theSeparateMetricsTokenOpensOnlyMetrics() {
        try (TestApp app = TestApp.start(Clock.systemUTC(), SecuritySettings.development().withMetricsToken(METRICS_TOKEN))) {
            assertThat(app.send(app.request("/metrics").header("Authorization", "Bearer " + METRICS_TOKEN).GET()).statusCode()).isEqualTo(200);
            assertThat(app.send(app.request("/api/v1/users").header("Authorization", "Bearer " + METRICS_TOKEN).GET()).statusCode()).isEqualTo(401);
        }
    }
}
