package dev.punchlist.web;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ImportApiTest {
    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void importing_a_report_creates_one_item_per_finding_in_phases_by_severity() {
        var result = app.projectWithReport("PAY", Reports.PAYMENTS).json();

        assertThat(result.get("created")).hasSize(5);
        var items = app.get("/api/v1/projects/PAY/items").expect(200).json().get("items");
        assertThat(items).extracting(i -> i.get("severity").asText() + "/" + i.get("phase").asInt())
                .containsExactly("critical/0", "high/1", "high/1", "medium/2", "low/2");
        assertThat(items.get(0).get("effort_stated").asBoolean()).isFalse();
        assertThat(items.get(0).at("/effort/min").asDouble()).isEqualTo(4.0);
    }

    @Test
    void the_same_text_twice_is_a_no_op_that_says_so() {
        app.projectWithReport("PAY", Reports.PAYMENTS);

        var again = app.post("/api/v1/projects/PAY/audits", "text/markdown", Reports.PAYMENTS).expect(200).json();

        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("message").asText()).contains("already imported");
        assertThat(app.get("/api/v1/projects/PAY/items").json().get("items")).hasSize(5);
        assertThat(app.get("/api/v1/projects/PAY/audits").json().get("audits")).hasSize(1);
    }

    @Test
    void a_dry_run_shows_the_plan_and_saves_nothing() {
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);

        var plan = app.post("/api/v1/projects/PAY/audits?dry_run=true", "text/markdown", Reports.PAYMENTS).expect(200).json();

        assertThat(plan.get("items")).hasSize(5);
        assertThat(app.get("/api/v1/projects/PAY/items").json().get("items")).isEmpty();
        assertThat(app.get("/api/v1/projects/PAY/audits").json().get("audits")).isEmpty();
    }

    @Test
    void a_reaudit_matches_known_findings_adds_new_ones_and_flags_the_unmentioned() {
        app.projectWithReport("PAY", Reports.PAYMENTS);

        var result = app.post("/api/v1/projects/PAY/audits", "text/markdown", Reports.PAYMENTS_REAUDIT).expect(201).json();

        assertThat(result.get("matched")).extracting(i -> i.get("title").asText())
                .anyMatch(t -> t.contains("login endpoint")).anyMatch(t -> t.contains("request ids"));
        assertThat(result.get("created")).extracting(i -> i.get("title").asText()).singleElement()
                .satisfies(t -> assertThat(t).contains("Webhook signatures"));
        assertThat(result.get("not_in_latest")).hasSize(3);
        var items = app.get("/api/v1/projects/PAY/items?limit=50").json().get("items");
        assertThat(items).hasSize(6);
        assertThat(items).allMatch(i -> i.get("status").asText().equals("todo"));
        var login = app.get("/api/v1/items/" + result.at("/matched/0/id").asLong()).json();
        assertThat(login.get("mentions")).hasSize(2);
    }

    @Test
    void a_report_over_the_limit_is_refused_with_413_and_nothing_saved() {
        try (TestApp small = TestApp.startWithReportLimit(2048)) {
            small.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);

            var answer = small.post("/api/v1/projects/PAY/audits", "text/markdown", "- [ ] high: x\n".repeat(400)).expect(413);

            assertThat(answer.json().get("field").asText()).isEqualTo("body");
            assertThat(small.get("/api/v1/projects/PAY/audits").json().get("audits")).isEmpty();
        }
    }

    @Test
    void a_report_in_an_unknown_media_type_is_refused_with_415() {
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);

        var answer = app.post("/api/v1/projects/PAY/audits", "application/pdf", "%PDF").expect(415);

        assertThat(answer.json().get("field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void a_report_can_be_uploaded_as_a_multipart_file() {
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
        String boundary = "punchlist-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"audit.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + Reports.PAYMENTS + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = app.request("/api/v1/projects/PAY/audits")
                .header("Authorization", "Bearer " + app.apiToken(Role.LEAD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> answer = app.send(request);

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(app.get("/api/v1/projects/PAY/items").json().get("items")).hasSize(5);
    }
}
