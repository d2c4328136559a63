package dev.punchlist.web.auth;

import dev.punchlist.security.SecurityEvent;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address that the audit log records and the login lock-out counts comes from {@code X-Forwarded-For} only when
 * the request arrives from a proxy listed in {@code PUNCHLIST_TRUST_PROXY}, and then it is the nearest address that
 * is not one of those proxies: a client cannot forge its address by sending the header itself.
 */
class ForwardedForIsBelievedOnlyFromTheConfiguredProxiesTest {
    @Test
    void a_request_from_an_address_that_is_not_a_listed_proxy_keeps_its_own_address() {
        assertThat(addressRecordedFor(List.of("10.9.9.9"), "203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void nothing_is_believed_when_no_proxy_is_listed() {
        assertThat(addressRecordedFor(List.of(), "203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void a_listed_proxy_is_believed_for_the_address_it_appended() {
        assertThat(addressRecordedFor(List.of("127.0.0.1"), "203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void an_address_the_client_put_in_front_of_the_proxys_is_not_believed() {
        assertThat(addressRecordedFor(List.of("127.0.0.1", "10.0.0.0/8"), "198.51.100.1, 203.0.113.7, 10.1.2.3"))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void true_is_refused_because_it_would_believe_anyone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SecuritySettings.fromEnvironment(
                java.util.Map.of("PUNCHLIST_TRUST_PROXY", "true"), false)).hasMessageContaining("PUNCHLIST_TRUST_PROXY");
    }

    private static String addressRecordedFor(List<String> proxies, String forwardedFor) {
        SecuritySettings dev = SecuritySettings.development();
        SecuritySettings settings = new SecuritySettings(false, dev.sessionKey(), null, SecuritySettings.CookieSecure.AUTO, proxies,
                dev.idleTimeout(), dev.absoluteLifetime(), null, null);
        try (TestApp app = TestApp.start(Clock.systemUTC(), settings)) {
            app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + app.apiToken(Role.LEAD))
                    .header("X-Forwarded-For", forwardedFor).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"key\":\"PAY\",\"name\":\"Payments\"}")));
            return app.app().securityLog().recent(10, null).stream().filter(e -> e.action().equals("project.create"))
                    .map(SecurityEvent::clientAddress).findFirst().orElseThrow();
        }
    }
}
