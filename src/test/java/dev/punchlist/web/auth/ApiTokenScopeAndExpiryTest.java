package dev.punchlist.web.auth;

import dev.punchlist.security.ApiToken;
import dev.punchlist.security.IssuedToken;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.security.TokenScope;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenScopeAndExpiryTest {
    private static int createProject(TestApp app, String token, String key) {
        return app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + key + "\",\"name\":\"x\"}"))).statusCode();
    }

    private static int list(TestApp app, String token) {
        return app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + token).GET()).statusCode();
    }

    @Test
    void aReadTokenMayOnlyRead() {
        try (TestApp app = TestApp.start()) {
            String read = app.apiToken(Role.ADMIN, TokenScope.READ);
            assertThat(list(app, read)).isEqualTo(200);
            assertThat(createProject(app, read, "R1")).isEqualTo(403);
        }
    }

    @Test
    void aWriteTokenActsWithItsUsersRole() {
        try (TestApp app = TestApp.start()) {
            assertThat(createProject(app, app.apiToken(Role.LEAD), "W1")).isEqualTo(201);
            assertThat(createProject(app, app.apiToken(Role.MEMBER), "W2")).isEqualTo(403);
        }
    }

    @Test
    void anExpiredTokenIsRefused() {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestApp app = TestApp.start(clock, SecuritySettings.development())) {
            String token = app.app().tokens().create("viewer", "ci", TokenScope.READ, Duration.ofDays(1), "test").secret();
            assertThat(list(app, token)).isEqualTo(200);
            clock.advance(Duration.ofDays(1).plusSeconds(1));
            assertThat(list(app, token)).isEqualTo(401);
        }
    }

    @Test
    void aRevokedTokenIsRefusedAndUseIsRecorded() {
        try (TestApp app = TestApp.start()) {
            IssuedToken issued = app.app().tokens().create("viewer", "ci", TokenScope.READ, Duration.ofDays(1), "test");
            assertThat(list(app, issued.secret())).isEqualTo(200);
            ApiToken used = app.app().tokens().list("viewer").stream().filter(t -> t.id() == issued.token().id()).findFirst().orElseThrow();
            assertThat(used.lastUsedAt()).isNotNull();
            app.app().tokens().revoke(issued.token().id(), "test");
            assertThat(list(app, issued.secret())).isEqualTo(401);
        }
    }

    @Test
    void aLoweredRoleAppliesToTheNextCallOfATokenJustUsed() {
        try (TestApp app = TestApp.start()) {
            app.app().users().create("dana", TestApp.PASSWORD, Role.LEAD, "test");
            String token = app.app().tokens().create("dana", "ci", TokenScope.WRITE, Duration.ofDays(1), "test").secret();
            assertThat(createProject(app, token, "L1")).isEqualTo(201);

            app.app().users().changeRole("dana", Role.VIEWER, "test");

            assertThat(createProject(app, token, "L2")).isEqualTo(403);
        }
    }

    @Test
    void aTokenRevokedByAnotherProcessIsRefusedWithinFiveSeconds() {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestApp app = TestApp.start(clock, SecuritySettings.development())) {
            IssuedToken issued = app.app().tokens().create("viewer", "ci", TokenScope.READ, Duration.ofDays(1), "test");
            assertThat(list(app, issued.secret())).isEqualTo(200);
            app.database().write(db -> db.update(dev.punchlist.store.schema.Tables.API_TOKEN)
                    .set(dev.punchlist.store.schema.Tables.API_TOKEN.REVOKED_AT, java.time.LocalDateTime.now())
                    .where(dev.punchlist.store.schema.Tables.API_TOKEN.ID.eq(issued.token().id())).execute());

            clock.advance(Duration.ofSeconds(6));

            assertThat(list(app, issued.secret())).isEqualTo(401);
        }
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        try (TestApp app = TestApp.start()) {
            String secret = app.apiToken(Role.VIEWER);
            String stored = app.database().read(db -> db.select(dev.punchlist.store.schema.Tables.API_TOKEN.TOKEN_HASH)
                    .from(dev.punchlist.store.schema.Tables.API_TOKEN).fetchOne().value1());
            assertThat(stored).isNotEqualTo(secret).doesNotContain(secret.substring(3));
        }
    }

    @Test
    void aSignedInUserCreatesATokenThatIsShownOnce() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login login = app.login(Role.MEMBER);
            var created = app.send(login.apply(app.request("/api/v1/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\",\"scope\":\"read\",\"expires_days\":7}")));
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.body()).contains("\"secret\":\"pl_");
            var listed = app.send(login.apply(app.request("/api/v1/tokens")).GET());
            assertThat(listed.body()).contains("\"name\":\"ci\"").doesNotContain("pl_");
        }
    }

    @Test
    void aTokenLifetimeThatIsNotAWholeNumberOfDaysInRangeIsRefusedNamingTheField() {
        try (TestApp app = TestApp.start()) {
            TestApp.Login login = app.login(Role.MEMBER);
            for (String days : new String[]{"\"abc\"", "1.5", "0", "400"}) {
                var refused = app.send(login.apply(app.request("/api/v1/tokens")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\",\"scope\":\"read\",\"expires_days\":" + days + "}")));
                assertThat(refused.statusCode()).as(days).isEqualTo(400);
                assertThat(refused.body()).as(days).contains("\"field\":\"expires_days\"");
            }
        }
    }
}
