package dev.punchlist.jira;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static dev.punchlist.jira.JiraApiFixture.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Real answers of the Jira routes, checked against the OpenAPI description the server publishes. */
class JiraRoutesMatchTheOpenApiDescriptionTest {
    private final JiraApiFixture f = new JiraApiFixture();
    private final TestApp app = f.app;
    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForInlineApiSpecification(app.get("/api/openapi.json").expect(200).body()).build();

    @AfterEach
    void stop() {
        f.close();
    }

    private void conforms(Request.Method method, String path, HttpResponse<String> response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        assertThat(validator.validateResponse(bare, method, answer.build()).getMessages()).as(method + " " + path).isEmpty();
    }

    private void conforms(Request.Method method, String path, TestApp.Response response) {
        conforms(method, path, response.raw());
    }

    @Test
    void every_jira_answer_matches_the_description() {
        conforms(Request.Method.GET, BASE + "/settings", app.get(BASE + "/settings").expect(200));
        conforms(Request.Method.POST, BASE + "/push", app.postJson(BASE + "/push", "{}").expect(409));
        conforms(Request.Method.POST, BASE + "/pull", app.postJson(BASE + "/pull", "").expect(409));
        conforms(Request.Method.PUT, BASE + "/settings", f.put(BASE + "/settings", "{\"site_url\": \"x\"}").expect(400));
        conforms(Request.Method.PUT, BASE + "/settings", f.configure());
        conforms(Request.Method.GET, BASE + "/settings", app.get(BASE + "/settings").expect(200));
        conforms(Request.Method.POST, BASE + "/test", app.postJson(BASE + "/test", "{}").expect(200));
        conforms(Request.Method.POST, BASE + "/push", app.postJson(BASE + "/push?dry_run=true", "{\"phase\": 0}").expect(200));
        conforms(Request.Method.GET, BASE + "/status", app.get(BASE + "/status").expect(200));
        conforms(Request.Method.POST, BASE + "/push", app.postJson(BASE + "/push", "{\"all\": true}").expect(202));
        conforms(Request.Method.GET, BASE + "/status", app.get(BASE + "/status"));
        String ticket = f.awaitSent().at("/items/0/issue_key").asText();
        conforms(Request.Method.GET, BASE + "/status", app.get(BASE + "/status"));
        conforms(Request.Method.POST, BASE + "/pull", app.postJson(BASE + "/pull", "").expect(200));
        String body = JiraApiFixture.issueUpdated(ticket);
        conforms(Request.Method.POST, "/api/v1/jira/webhook/PAY", f.deliver(body, "sha256=bad", "x"));
        conforms(Request.Method.POST, "/api/v1/jira/webhook/PAY", f.deliver(body, JiraApiFixture.sign(body), "x"));
    }

    @Test
    void the_requests_clients_send_match_the_description() {
        // the description requires a token or session on these routes; a real client sends one
        String bearer = "Bearer pl_" + "A".repeat(43);
        SimpleRequest settings = SimpleRequest.Builder.put(BASE + "/settings").withHeader("Authorization", bearer).withContentType("application/json")
                .withBody(f.settingsBody()).build();
        assertThat(validator.validateRequest(settings).getMessages()).isEmpty();
        SimpleRequest push = SimpleRequest.Builder.post(BASE + "/push").withHeader("Authorization", bearer).withContentType("application/json")
                .withQueryParam("dry_run", "true").withBody("{\"item_ids\": [1, 2]}").build();
        assertThat(validator.validateRequest(push).getMessages()).isEmpty();
        SimpleRequest wrong = SimpleRequest.Builder.post(BASE + "/push").withHeader("Authorization", bearer).withContentType("application/json")
                .withBody("{\"phase\": 7}").build();
        assertThat(validator.validateRequest(wrong).getMessages()).isNotEmpty();
    }
}
