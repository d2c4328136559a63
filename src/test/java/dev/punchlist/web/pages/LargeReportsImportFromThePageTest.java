package dev.punchlist.web.pages;

import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, item 10: the import page's confirm carries the whole report back, as a browser does (multipart). */
class LargeReportsImportFromThePageTest {
    private static final String BOUNDARY = "----punchlist-test-boundary";

    static HttpRequest.BodyPublisher multipart(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(BOUNDARY).append("--\r\n");
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    static HttpResponse<String> postMultipart(TestApp app, TestApp.Login who, String path, Map<String, String> fields) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", who.csrf());
        return app.send(app.request(path).header("Cookie", who.cookie()).header("Origin", who.origin())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(multipart(all)));
    }

    private static String reportOf(int bytes) {
        StringBuilder text = new StringBuilder(PageFixture.REPORT).append("\n## Background\n\n");
        while (text.length() < bytes) {
            text.append("The shop has grown for years and its operators keep careful notes of every change they make. ");
        }
        return text.append('\n').toString();
    }

    @Test
    void a_report_of_600_kb_is_previewed_and_confirmed_from_the_page() {
        try (TestApp app = TestApp.start()) {
            PageFixture.project(app);
            TestApp.Login lead = app.login(Role.LEAD);
            String report = reportOf(600 * 1024);
            HttpResponse<String> preview = postMultipart(app, lead, "/projects/SHOP/import/preview", Map.of("report", report));
            assertThat(preview.statusCode()).isEqualTo(200);
            String token = PreviewForms.hidden(preview.body(), "plan");
            HttpResponse<String> confirm = postMultipart(app, lead, "/projects/SHOP/import", Map.of("report", report, "plan", token));
            assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(303);
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).hasSize(3);
        }
    }
}
