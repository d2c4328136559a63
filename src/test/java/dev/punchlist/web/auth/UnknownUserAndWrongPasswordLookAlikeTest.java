package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownUserAndWrongPasswordLookAlikeTest {
    private static HttpResponse<String> attempt(TestApp app, String user) {
        return app.send(app.request("/login").header("Origin", app.origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(TestApp.form(Map.of("username", user, "password", "a wrong password"))));
    }

    private static long median(long[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        try (TestApp app = TestApp.start()) {
            HttpResponse<String> wrong = attempt(app, "viewer");
            HttpResponse<String> unknown = attempt(app, "weiver");
            assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
            assertThat(unknown.body().replace("weiver", "NAME")).isEqualTo(wrong.body().replace("viewer", "NAME"));
        }
    }

    /**
     * Compares the CPU time of the checks rather than wall time, so a busy machine cannot make the test
     * pass or fail by accident: without the dummy Argon2 check an unknown name costs one indexed lookup
     * (well under a millisecond) against the tens of milliseconds of a real check.
     */
    @Test
    void anUnknownUserCostsAboutAsMuchWorkAsAWrongPassword() {
        try (TestApp app = TestApp.start()) {
            var users = app.app().users();
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            users.authenticate("lead", "a wrong password"); // warm-up
            long[] wrong = new long[5];
            long[] unknown = new long[5];
            for (int i = 0; i < 5; i++) {
                long start = cpu.getCurrentThreadCpuTime();
                assertThat(users.authenticate("member", "a wrong password")).isEmpty();
                wrong[i] = cpu.getCurrentThreadCpuTime() - start;
                start = cpu.getCurrentThreadCpuTime();
                assertThat(users.authenticate("ghost" + i, "a wrong password")).isEmpty();
                unknown[i] = cpu.getCurrentThreadCpuTime() - start;
            }
            assertThat(median(unknown)).isGreaterThan(median(wrong) / 2);
        }
    }
}
