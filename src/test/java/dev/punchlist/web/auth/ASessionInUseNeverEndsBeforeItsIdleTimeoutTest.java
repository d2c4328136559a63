package dev.punchlist.web.auth;

import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counted from its last use, a session lives its whole idle timeout: the last-seen time, written at most once per
 * touch interval (a tenth of the timeout, at most a minute), made a 1-minute session used 50 s in end 5 s later.
 */
class ASessionInUseNeverEndsBeforeItsIdleTimeoutTest {
    private static final SecuritySettings ONE_MINUTE = SecuritySettings.development().withTimeouts(Duration.ofMinutes(1), Duration.ofHours(2));

    private static int status(TestApp app, TestApp.Login login) {
        return app.send(app.request("/api/v1/session").header("Cookie", login.cookie()).GET()).statusCode();
    }

    @Test
    void a_one_minute_session_used_every_fifty_five_seconds_stays_and_ends_once_left_alone() {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestApp app = TestApp.start(clock, ONE_MINUTE)) {
            TestApp.Login login = app.login(Role.VIEWER);
            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofSeconds(55));
                assertThat(status(app, login)).as("use %d", i + 1).isEqualTo(200);
            }
            clock.advance(Duration.ofSeconds(67)); // the idle minute and one touch interval (6 s)
            assertThat(status(app, login)).isEqualTo(401);
        }
    }
}
