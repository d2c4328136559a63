package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** HEAD is GET without the body: the same status and headers, under the same access rules (RFC 9110 §9.3.2). */
class HeadAnswersAsGetWouldTest {
    @Test
    void head_answers_with_the_status_get_would_and_no_body() {
        try (TestApp app = TestApp.start()) {
            assertThat(head(app, "/health", null).statusCode()).isEqualTo(200);
            HttpResponse<String> projects = head(app, "/api/v1/projects", app.apiToken(Role.VIEWER));
            assertThat(projects.statusCode()).isEqualTo(200);
            assertThat(projects.body()).isEmpty();
            assertThat(head(app, "/api/v1/projects", null).statusCode()).isEqualTo(401);
            assertThat(head(app, "/", app.apiToken(Role.VIEWER)).statusCode()).isEqualTo(200);
            assertThat(head(app, "/admin/users", app.apiToken(Role.VIEWER)).statusCode()).isEqualTo(403);
        }
    }

    private static HttpResponse<String> head(TestApp app, String path, String token) {
        HttpRequest.Builder request = app.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return app.send(request);
    }
}
