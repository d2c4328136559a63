package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Session fixation is impossible and logout really ends the session. */
class LoginStartsAFreshSessionTest {
    @Test
    void anIdPlantedBeforeLoginIsNotTheSessionAfterIt() {
        try (TestApp app = TestApp.start()) {
            String planted = "punchlist_session=attacker-chosen-id";
            HttpResponse<String> login = app.send(app.request("/login").header("Origin", app.origin()).header("Cookie", planted)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("username", "viewer", "password", TestApp.PASSWORD))));
            assertThat(login.statusCode()).isEqualTo(303);
            String issued = TestApp.sessionCookie(login);
            assertThat(issued).isNotNull().isNotEqualTo(planted);
            assertThat(app.send(app.request("/api/v1/session").header("Cookie", planted).GET()).statusCode()).isEqualTo(401);
            assertThat(app.send(app.request("/api/v1/session").header("Cookie", issued).GET()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void signingInAgainEndsTheEarlierSessionOfThatBrowser() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login first = app.login(Role.VIEWER);
            HttpResponse<String> again = app.send(app.request("/login").header("Origin", app.origin()).header("Cookie", first.cookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("username", "member", "password", TestApp.PASSWORD))));
            assertThat(TestApp.sessionCookie(again)).isNotEqualTo(first.cookie());
            assertThat(app.send(app.request("/api/v1/session").header("Cookie", first.cookie()).GET()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theCookieIsHttpOnlyAndSameSiteLax() {
        try (TestApp app = TestApp.start()) {
            HttpResponse<String> login = app.send(app.request("/login").header("Origin", app.origin())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("username", "viewer", "password", TestApp.PASSWORD))));
            String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        }
    }

    @Test
    void theSignInPageSaysWhoIsAlreadySignedInAndOffersSignOut() {
        try (TestApp app = TestApp.start()) {
            String anonymous = app.send(app.request("/login").GET()).body();
            assertThat(anonymous).doesNotContain("You are signed in");

            TestApp.Login login = app.login(Role.MEMBER);
            String page = app.send(login.apply(app.request("/login?next=/projects")).GET()).body();
            assertThat(page).contains("You are signed in as <strong>member</strong>").contains("href=\"/projects\"")
                    .contains("action=\"/logout\"").contains("name=\"_csrf\" value=\"" + login.csrf() + "\"");
        }
    }

    @Test
    void logoutEndsTheSession() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login login = app.login(Role.VIEWER);
            HttpResponse<String> out = app.send(login.apply(app.request("/logout")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(out.statusCode()).isEqualTo(303);
            assertThat(out.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("punchlist_session=;") && c.contains("Max-Age=0"));
            assertThat(app.send(app.request("/api/v1/session").header("Cookie", login.cookie()).GET()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void everyPageSaysWhoIsSignedInAndItsSignOutFormEndsTheSession() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login login = app.login(Role.MEMBER);
            String page = app.send(app.request("/").header("Cookie", login.cookie()).GET()).body();
            assertThat(page).contains("Signed in as <strong>member</strong>").contains("action=\"/logout\"")
                    .contains("name=\"_csrf\" value=\"" + login.csrf() + "\"");

            HttpResponse<String> out = app.send(app.request("/logout").header("Cookie", login.cookie()).header("Origin", app.origin())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("_csrf", login.csrf()))));
            assertThat(out.statusCode()).isEqualTo(303);
            assertThat(app.send(app.request("/api/v1/session").header("Cookie", login.cookie()).GET()).statusCode()).isEqualTo(401);
        }
    }
}
