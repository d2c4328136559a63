package dev.punchlist.web.auth;

import dev.punchlist.security.SecurityEvent;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, item 6: an admin deactivates an account; it cannot sign in and its session and tokens stop working. */
class ADeactivatedAccountCannotSignInTest {
    @Test
    void a_deactivated_member_loses_their_session_and_token_cannot_sign_in_and_comes_back_when_reactivated() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login session = app.login(Role.MEMBER);
            String token = app.apiToken(Role.MEMBER);
            assertThat(sessionStatus(app, session)).isEqualTo(200);
            assertThat(tokenStatus(app, token)).isEqualTo(200);

            TestApp.Response done = app.postForm("/admin/users/member/active", "active", "false");
            assertThat(done.status()).isEqualTo(303);
            assertThat(app.get("/admin/users").body()).contains("deactivated ", "aria-label=\"Reactivate member\"");

            assertThat(sessionStatus(app, session)).isEqualTo(401);
            assertThat(tokenStatus(app, token)).isEqualTo(401);
            assertThatThrownBy(() -> app.login(Role.MEMBER)).hasMessageContaining("failed: 401");
            assertThat(app.app().securityLog().recent(20, null)).extracting(SecurityEvent::action).contains("user.deactivate");

            app.postForm("/admin/users/member/active", "active", "true").expect(303);
            app.login(Role.MEMBER);
            assertThat(tokenStatus(app, token)).as("a reactivated account's tokens work again").isEqualTo(200);
        }
    }

    @Test
    void the_last_active_admin_cannot_be_deactivated_and_a_bad_flag_names_its_field() {
        try (TestApp app = TestApp.start()) {
            TestApp.Response refused = app.patchJson("/api/v1/users/admin", "{\"active\": false}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("field").asText()).isEqualTo("active");

            TestApp.Response bad = app.patchJson("/api/v1/users/member", "{\"active\": \"no\"}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.json().get("field").asText()).isEqualTo("active");

            TestApp.Response off = app.patchJson("/api/v1/users/viewer", "{\"active\": false}").expect(200);
            assertThat(off.json().get("deactivated_at").asText()).isNotEmpty();
        }
    }

    private static int sessionStatus(TestApp app, TestApp.Login login) {
        return app.send(app.request("/api/v1/session").header("Cookie", login.cookie()).GET()).statusCode();
    }

    private static int tokenStatus(TestApp app, String token) {
        HttpResponse<String> r = app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + token).GET());
        return r.statusCode();
    }
}
