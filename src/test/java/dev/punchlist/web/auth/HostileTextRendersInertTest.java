package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from reports, names and URLs reaches this feature's pages only escaped. */
class HostileTextRendersInertTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void theLoginPageEscapesTheNextParameterAndRefusesForeignRedirects() {
        try (TestApp app = TestApp.start()) {
            String page = app.send(app.request("/login?next=" + URLEncoder.encode("/\"><script>alert(1)</script>", StandardCharsets.UTF_8)).GET()).body();
            assertThat(page).doesNotContain(SCRIPT);
            assertThat(LoginPages.safeNext("//evil.example/")).isEqualTo("/");
            assertThat(LoginPages.safeNext("https://evil.example/")).isEqualTo("/");
            assertThat(LoginPages.safeNext("javascript:alert(1)")).isEqualTo("/");
            assertThat(LoginPages.safeNext("/projects/CRM")).isEqualTo("/projects/CRM");
        }
    }

    @Test
    void aHostileReportImportedByALeadShowsEscapedInTheAuditLogPage() {
        try (TestApp app = TestApp.start()) {
            String lead = "Bearer " + app.apiToken(Role.LEAD);
            app.send(app.request("/api/v1/projects").header("Authorization", lead).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"XSS\",\"name\":\"x\"}")));
            app.app().securityLog().record("lead", "audit.import", "XSS", SCRIPT + " [x](javascript:alert(1)) <b>bold</b>", null);
            String page = app.send(app.login(Role.ADMIN).apply(app.request("/admin/audit-log")).GET()).body();
            assertThat(page).doesNotContain(SCRIPT).doesNotContain("<b>bold</b>").doesNotContain("href=\"javascript:")
                    .contains("&lt;script&gt;");
        }
    }
}
