package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.punchlist.jira.JiraApiFixture.BASE;
import static dev.punchlist.jira.JiraApiFixture.issueUpdated;
import static dev.punchlist.jira.JiraApiFixture.sign;
import static org.assertj.core.api.Assertions.assertThat;

/** Jira's webhook: signed deliveries only, each applied once, the ticket re-read, the latest change winning. */
class JiraWebhookTest {
    private static final int DONE = 2;
    private final JiraApiFixture f = new JiraApiFixture();
    private final TestApp app = f.app;
    private long itemId;
    private String ticket;

    @BeforeEach
    void pushed() {
        f.configure();
        JsonNode first = f.pushAllAndWait().get("items").get(0);
        itemId = first.get("item_id").asLong();
        ticket = first.get("issue_key").asText();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String status() {
        return app.get("/api/v1/items/" + itemId).expect(200).json().get("status").asText();
    }

    private List<JsonNode> historyFromJira() {
        List<JsonNode> out = new ArrayList<>();
        app.get("/api/v1/items/" + itemId + "/history").expect(200).json().get("history").forEach(h -> {
            if (h.get("source").asText().equals("jira")) {
                out.add(h);
            }
        });
        return out;
    }

    private int jiraReads() {
        return f.fake.calls("GET", "/issue/{key}");
    }

    @Test
    void a_done_transition_in_jira_marks_the_item_done_with_history_from_jira() {
        f.moveInJira(ticket, DONE, Instant.now());
        String body = issueUpdated(ticket);

        HttpResponse<String> answer = f.deliver(body, sign(body), "delivery-1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"result\":\"changed\"").contains(ticket);
        assertThat(status()).isEqualTo("done");
        List<JsonNode> fromJira = historyFromJira();
        assertThat(fromJira).hasSize(1);
        assertThat(fromJira.get(0).get("actor").asText()).isEqualTo("jira");
        assertThat(fromJira.get(0).get("field").asText()).isEqualTo("status");
        assertThat(fromJira.get(0).get("new_value").asText()).isEqualTo("done");
        assertThat(fromJira.get(0).get("reason").asText()).isEqualTo("from Jira: " + ticket + " is Done");
        // no echo: the change came from Jira, so nothing is queued back and the next push finds the ticket in step
        JsonNode plan = app.postJson(BASE + "/push?dry_run=true", "{\"item_ids\": [" + itemId + "]}").expect(200).json();
        assertThat(plan.at("/tickets/0/action").asText()).isEqualTo("unchanged");
    }

    @Test
    void a_missing_or_wrong_signature_is_401_and_nothing_is_read_or_changed() {
        f.moveInJira(ticket, DONE, Instant.now());
        String body = issueUpdated(ticket);
        int reads = jiraReads();

        List<HttpResponse<String>> refused = List.of(
                f.deliver(body, null, "d-1"),
                f.deliver(body, "sha256=" + "0".repeat(64), "d-2"),
                f.deliver(body, sign(body).replace("sha256=", "sha1="), "d-3"),
                f.deliver(body.replace("issue_updated", "issue_deleted"), sign(body), "d-4"));

        assertThat(refused).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("\"field\":\"X-Hub-Signature\"");
        });
        assertThat(jiraReads()).isEqualTo(reads);
        assertThat(status()).isEqualTo("todo");
        assertThat(historyFromJira()).isEmpty();
        // a refused delivery is not remembered: the genuine one with the same id still counts
        assertThat(f.deliver(body, sign(body), "d-2").body()).contains("changed");
    }

    @Test
    void a_project_without_a_webhook_secret_or_an_unknown_project_refuses_every_delivery() {
        String body = issueUpdated(ticket);
        app.postJson("/api/v1/projects", "{\"key\":\"BARE\",\"name\":\"No Jira\"}").expect(201);

        for (String project : List.of("BARE", "NOPE")) {
            var answer = app.send(app.request("/api/v1/jira/webhook/" + project).header("Content-Type", "application/json")
                    .header("X-Hub-Signature", sign(body)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
            assertThat(answer.statusCode()).as(project).isEqualTo(401);
        }
    }

    @Test
    void the_same_delivery_twice_changes_the_item_once() {
        f.moveInJira(ticket, DONE, Instant.now());
        String body = issueUpdated(ticket);
        int reads = jiraReads();

        HttpResponse<String> first = f.deliver(body, sign(body), "same-delivery");
        HttpResponse<String> second = f.deliver(body, sign(body), "same-delivery");

        assertThat(first.body()).contains("\"result\":\"changed\"");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"result\":\"repeat\"");
        assertThat(jiraReads() - reads).as("Jira read once").isEqualTo(1);
        assertThat(historyFromJira()).hasSize(1);
        assertThat(status()).isEqualTo("done");
    }

    @Test
    void a_punchlist_change_made_after_the_ticket_changed_is_kept() {
        f.moveInJira(ticket, DONE, Instant.now().minusSeconds(60));
        // Jira is briefly unavailable, so the punchlist change has not reached the ticket when the delivery comes
        for (int i = 0; i < 20; i++) {
            f.fake.inject(FakeJira.Fault.status("GET", "/transitions", 503, null));
        }
        JsonNode item = app.get("/api/v1/items/" + itemId).json();
        app.patchJson("/api/v1/items/" + itemId, "{\"status\": \"in_progress\"}", "If-Match", "\"" + item.get("version").asInt() + "\"")
                .expect(200);
        String body = issueUpdated(ticket);

        HttpResponse<String> answer = f.deliver(body, sign(body), "late-delivery");

        assertThat(answer.body()).contains("\"result\":\"kept_punchlist\"");
        assertThat(status()).isEqualTo("in_progress");
        assertThat(historyFromJira()).isEmpty();
    }

    @Test
    void a_delivery_about_a_ticket_no_item_is_linked_to_is_ignored_without_asking_jira() {
        String body = issueUpdated("OPS-999");
        int reads = jiraReads();

        assertThat(f.deliver(body, sign(body), "other-ticket").body()).contains("\"result\":\"ignored\"");
        assertThat(f.deliver("{\"webhookEvent\":\"project_created\"}", sign("{\"webhookEvent\":\"project_created\"}"), "no-issue")
                .body()).contains("\"result\":\"ignored\"");
        assertThat(jiraReads()).isEqualTo(reads);
    }
}
