package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

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

    @Test
    void anUnknownUserTakesAboutAsLongAsAWrongPassword() {
        try (TestApp app = TestApp.start()) {
            attempt(app, "lead"); // warm-up
            long[] wrong = new long[3];
            long[] unknown = new long[3];
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                attempt(app, i == 0 ? "member" : i == 1 ? "lead" : "admin");
                wrong[i] = System.nanoTime() - start;
                start = System.nanoTime();
                attempt(app, "ghost" + i);
                unknown[i] = System.nanoTime() - start;
            }
            // without the dummy Argon2 check an unknown name answers in ~1 ms against tens of ms
            assertThat(median(unknown)).isGreaterThan(median(wrong) / 3);
        }
    }
}
