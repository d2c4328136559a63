package dev.punchlist.web.auth;

import dev.punchlist.security.SecurityEvent;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log says where a token made through {@code POST /api/v1/tokens} was asked for (it said "from null"). */
class ATokenMadeThroughTheApiRecordsTheClientsAddressTest {
    @Test
    void the_token_create_event_carries_the_callers_address() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login lead = app.login(Role.LEAD);
            var created = app.send(lead.apply(app.request("/api/v1/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\",\"scope\":\"read\"}")));
            assertThat(created.statusCode()).isEqualTo(201);

            SecurityEvent event = app.app().securityLog().recent(20, null).stream()
                    .filter(e -> e.action().equals("token.create") && e.actor().equals("lead")).findFirst().orElseThrow();
            assertThat(event.clientAddress()).isEqualTo("127.0.0.1");
        }
    }
}
