package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class BodiesAreLimitedTest {
    @Test
    void aJsonBodyOverSixtyFourKibibytesIsRefusedBeforeTheHandler() {
        try (TestApp app = TestApp.start()) {
            String big = "{\"key\":\"BIG\",\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
            var response = app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + app.apiToken(Role.LEAD))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(app.app().projects().find("BIG")).isEmpty();
        }
    }

    @Test
    void aLoginFormIsSmallToo() {
        try (TestApp app = TestApp.start()) {
            var response = app.send(app.request("/login").header("Origin", app.origin())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=a&password=" + "x".repeat(70 * 1024))));
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }
}
