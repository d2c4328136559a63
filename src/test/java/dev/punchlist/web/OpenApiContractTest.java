package dev.punchlist.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Real answers of the API, checked against the OpenAPI description it serves. */
class OpenApiContractTest {
    private final TestApp app = TestApp.start();
    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForInlineApiSpecification(app.get("/api/openapi.json").expect(200).body()).build();

    @AfterEach
    void stop() {
        app.close();
    }

    private void conforms(Request.Method method, String path, TestApp.Response response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status()).withBody(response.body());
        response.raw().headers().map().forEach((name, values) -> answer.withHeader(name, values));
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(bare, method, answer.build());
        assertThat(report.getMessages()).as(method + " " + path).isEmpty();
    }

    @Test
    void every_kind_of_answer_matches_the_description() {
        var created = app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}");
        conforms(Request.Method.POST, "/api/v1/projects", created);
        conforms(Request.Method.POST, "/api/v1/projects/PAY/audits",
                app.post("/api/v1/projects/PAY/audits?dry_run=true", "text/markdown", Reports.PAYMENTS));
        conforms(Request.Method.POST, "/api/v1/projects/PAY/audits", app.post("/api/v1/projects/PAY/audits", "text/markdown", Reports.PAYMENTS));
        conforms(Request.Method.GET, "/api/v1/projects", app.get("/api/v1/projects"));
        conforms(Request.Method.GET, "/api/v1/projects/PAY", app.get("/api/v1/projects/PAY"));
        conforms(Request.Method.GET, "/api/v1/projects/PAY/audits", app.get("/api/v1/projects/PAY/audits"));
        var items = app.get("/api/v1/projects/PAY/items?limit=2");
        conforms(Request.Method.GET, "/api/v1/projects/PAY/items", items);
        String item = "/api/v1/items/" + items.json().at("/items/0/id").asLong();
        var one = app.get(item);
        conforms(Request.Method.GET, item, one);
        conforms(Request.Method.PATCH, item, app.patchJson(item, "{\"status\":\"done\"}", "If-Match", one.header("ETag")));
        conforms(Request.Method.PATCH, item, app.patchJson(item, "{\"status\":\"todo\"}", "If-Match", one.header("ETag")));
        conforms(Request.Method.GET, item + "/history", app.get(item + "/history"));
        conforms(Request.Method.GET, "/api/v1/projects/PAY/readiness", app.get("/api/v1/projects/PAY/readiness"));
        conforms(Request.Method.GET, "/api/v1/projects/PAY/readiness/history", app.get("/api/v1/projects/PAY/readiness/history"));
        conforms(Request.Method.GET, "/api/v1/projects/NOPE", app.get("/api/v1/projects/NOPE"));
        conforms(Request.Method.POST, "/api/v1/projects", app.postJson("/api/v1/projects", "{\"key\":\"x\",\"name\":\"y\"}"));
        conforms(Request.Method.GET, "/health", app.get("/health"));
        conforms(Request.Method.GET, "/ready", app.get("/ready"));
    }

    @Test
    void every_request_the_tests_send_matches_the_description() {
        SimpleRequest patch = SimpleRequest.Builder.patch("/api/v1/items/1").withContentType("application/json")
                .withHeader("If-Match", "\"1\"").withBody("{\"status\":\"done\",\"assignee\":null,\"effort\":{\"min\":1,\"max\":2}}").build();
        assertThat(validator.validateRequest(patch).getMessages()).isEmpty();
        SimpleRequest wrong = SimpleRequest.Builder.patch("/api/v1/items/1").withContentType("application/json")
                .withBody("{\"status\":\"finished\"}").build();
        assertThat(validator.validateRequest(wrong).getMessages()).isNotEmpty();
    }
}
