package dev.punchlist.web.auth;

import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLocksOutAfterRepeatedFailuresTest {
    private static HttpResponse<String> attempt(TestApp app, String user, String password) {
        return app.send(app.request("/login").header("Origin", app.origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(TestApp.form(Map.of("username", user, "password", password))));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockExpires() {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestApp app = TestApp.start(clock, SecuritySettings.development())) {
            for (int i = 0; i < 5; i++) {
                assertThat(attempt(app, "member", "wrong password " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = attempt(app, "member", TestApp.PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(TestApp.sessionCookie(locked)).isNull();

            clock.advance(Duration.ofMinutes(16));
            assertThat(attempt(app, "member", TestApp.PASSWORD).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedOut() {
        try (TestApp app = TestApp.start()) {
            for (int i = 0; i < 20; i++) {
                attempt(app, "nobody" + i, "wrong password");
            }
            assertThat(attempt(app, "admin", TestApp.PASSWORD).statusCode()).isEqualTo(429);
        }
    }
}
