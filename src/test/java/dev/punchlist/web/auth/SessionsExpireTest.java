package dev.punchlist.web.auth;

import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsExpireTest {
    private static final SecuritySettings SHORT = SecuritySettings.development().withTimeouts(Duration.ofMinutes(30), Duration.ofHours(2));

    private static int status(TestApp app, TestApp.Login login) {
        return app.send(app.request("/api/v1/session").header("Cookie", login.cookie()).GET()).statusCode();
    }

    @Test
    void aSessionUnusedForTheIdleTimeoutEnds() {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestApp app = TestApp.start(clock, SHORT)) {
            TestApp.Login login = app.login(Role.VIEWER);
            clock.advance(Duration.ofMinutes(29));
            assertThat(status(app, login)).isEqualTo(200);
            clock.advance(Duration.ofMinutes(31));
            assertThat(status(app, login)).isEqualTo(401);
        }
    }

    @Test
    void aSessionInSteadyUseStillEndsAtItsAbsoluteExpiry() {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestApp app = TestApp.start(clock, SHORT)) {
            TestApp.Login login = app.login(Role.VIEWER);
            for (int i = 0; i < 7; i++) {
                clock.advance(Duration.ofMinutes(16));
                assertThat(status(app, login)).as("after %d minutes", (i + 1) * 16).isEqualTo(200);
            }
            clock.advance(Duration.ofMinutes(16)); // 128 minutes since login
            assertThat(status(app, login)).isEqualTo(401);
        }
    }
}
