package dev.punchlist.web.auth;

import dev.punchlist.security.SecurityEvent;
import dev.punchlist.security.TokenScope;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogRecordsSecurityEventsTest {
    static final String REPORT = "# Audit\n\n## Security\n\n- [ ] **High:** Protect forms against CSRF — Effort: 2 hours\n";

    @Test
    void loginsRoleChangesTokensImportsAndSettingsAreLoggedAndReadableByAnAdmin() {
        try (TestApp app = TestApp.start()) {
            app.send(app.request("/login").header("Origin", app.origin()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(TestApp.form(Map.of("username", "member", "password", "not the password"))));
            app.login(Role.MEMBER);
            app.app().users().changeRole("viewer", Role.MEMBER, "admin");
            var issued = app.app().tokens().create("lead", "ci", TokenScope.WRITE, Duration.ofDays(1), "lead");
            app.app().tokens().revoke(issued.token().id(), "lead");
            String lead = "Bearer " + app.apiToken(Role.LEAD);
            app.send(app.request("/api/v1/projects").header("Authorization", lead).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"CRM\",\"name\":\"CRM\"}")));
            HttpResponse<String> imported = app.send(app.request("/api/v1/projects/CRM/audits").header("Authorization", lead)
                    .header("Content-Type", "text/markdown").POST(HttpRequest.BodyPublishers.ofString(REPORT)));
            assertThat(imported.statusCode()).isEqualTo(201);
            app.send(app.request("/api/v1/projects/CRM").header("Authorization", lead).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"CRM 2\"}")));

            List<String> actions = app.app().securityLog().recent(100, null).stream().map(SecurityEvent::action).toList();
            assertThat(actions).contains("login.failure", "login.success", "user.role", "token.create", "token.revoke",
                    "project.create", "audit.import", "project.settings");

            HttpResponse<String> api = app.send(app.request("/api/v1/audit-log").header("Authorization", "Bearer " + app.apiToken(Role.ADMIN)).GET());
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"action\":\"audit.import\"").contains("\"action\":\"login.failure\"");
            HttpResponse<String> page = app.send(app.login(Role.ADMIN).apply(app.request("/admin/audit-log")).GET());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("user.role").contains("viewer -&gt; member");
        }
    }
}
