package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;

import static dev.punchlist.jira.JiraApiFixture.BASE;
import static dev.punchlist.jira.JiraTestSupport.API_TOKEN;
import static dev.punchlist.store.schema.Tables.JIRA_SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/** The Jira routes through the real server, synced with the contract-checked fake Jira. */
class JiraApiTest {
    private final JiraApiFixture f = new JiraApiFixture();
    private final TestApp app = f.app;

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void settings_round_trip_and_never_show_the_secrets() {
        assertThat(app.get(BASE + "/settings").expect(200).json().get("configured").asBoolean()).isFalse();

        String saved = f.configure().body();
        JsonNode read = app.get(BASE + "/settings").expect(200).json();

        assertThat(read.get("site_url").asText()).isEqualTo(f.fake.url());
        assertThat(read.get("project_key").asText()).isEqualTo("OPS");
        assertThat(read.get("priorities").get("critical").asText()).isEqualTo("Highest");
        assertThat(read.get("credentials").asText()).isEqualTo("stored");
        assertThat(read.get("webhook_secret_set").asBoolean()).isTrue();
        assertThat(read.get("webhook_url").asText()).endsWith("/api/v1/jira/webhook/PAY");
        for (String answer : List.of(saved, read.toString())) {
            assertThat(answer).doesNotContain(API_TOKEN).doesNotContain(JiraApiFixture.WEBHOOK_SECRET)
                    .doesNotContain("\"token\"").doesNotContain("\"webhook_secret\"");
        }
        String stored = app.database().read(db -> db.select(JIRA_SETTINGS.CREDENTIALS_ENCRYPTED, JIRA_SETTINGS.WEBHOOK_SECRET_ENCRYPTED)
                .from(JIRA_SETTINGS).fetchOne().toString());
        assertThat(stored).as("encrypted at rest").doesNotContain(API_TOKEN).doesNotContain(JiraApiFixture.WEBHOOK_SECRET);

        // saving again without secrets keeps the stored ones
        f.put(BASE + "/settings", """
                {"site_url": "%s", "flavour": "cloud", "project_key": "OPS", "issue_type": "Bug"}""".formatted(f.fake.url())).expect(200);
        JsonNode again = app.get(BASE + "/settings").json();
        assertThat(again.get("issue_type").asText()).isEqualTo("Bug");
        assertThat(again.get("credentials").asText()).isEqualTo("stored");
        assertThat(again.get("webhook_secret_set").asBoolean()).isTrue();
    }

    @Test
    void bad_settings_are_a_400_naming_the_field() {
        String valid = f.settingsBody();
        assertField(f.put(BASE + "/settings", valid.replace(f.fake.url(), "ftp://jira")), "site_url");
        assertField(f.put(BASE + "/settings", valid.replace("\"cloud\"", "\"on-prem\"")), "flavour");
        assertField(f.put(BASE + "/settings", valid.replace("\"OPS\"", "\"ops team\"")), "project_key");
        assertField(f.put(BASE + "/settings", valid.replace("[\"security\"]", "\"security\"")), "labels");
        assertField(f.put(BASE + "/settings", valid.replace(JiraApiFixture.WEBHOOK_SECRET, "short")), "webhook_secret");
        assertField(f.put(BASE + "/settings", valid.replace("\"issue_type\"", "\"password\": \"x\", \"issue_type\"")), "password");
        assertField(f.put(BASE + "/settings", "{\"site_url\": "), "body");
        assertThat(app.get(BASE + "/settings").json().get("configured").asBoolean()).as("nothing saved").isFalse();
    }

    private static void assertField(TestApp.Response response, String field) {
        response.expect(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("field").asText()).isEqualTo(field);
    }

    @Test
    void the_connection_test_passes_and_explains_a_401_in_plain_words() {
        f.configure();
        JsonNode fine = app.postJson(BASE + "/test", "{}").expect(200).json();
        assertThat(fine.get("ok").asBoolean()).isTrue();
        assertThat(fine.get("problems")).isEmpty();

        f.fake.expectedAuthorization = "Basic somebody-else";
        JsonNode refused = app.postJson(BASE + "/test", "{}").expect(200).json();

        assertThat(refused.get("ok").asBoolean()).isFalse();
        assertThat(refused.get("problems").get(0).asText()).contains("did not accept the credentials").contains("API token");
    }

    @Test
    void jira_routes_without_settings_say_what_to_set() {
        TestApp.Response push = app.postJson(BASE + "/push", "{}").expect(409);
        assertThat(push.json().get("detail").asText()).contains("PUT /api/v1/projects/PAY/jira/settings");
        app.postJson(BASE + "/test", "{}").expect(409);
        JsonNode status = app.get(BASE + "/status").expect(200).json();
        assertThat(status.get("configured").asBoolean()).isFalse();
        assertThat(status.at("/counts/not_pushed").asInt()).isEqualTo(5);
        app.get("/api/v1/projects/NOPE/jira/status").expect(404);
    }

    @Test
    void a_dry_run_lists_the_tickets_it_would_create_and_creates_nothing() {
        f.configure();

        JsonNode plan = app.postJson(BASE + "/push?dry_run=true", "{\"phase\": 1}").expect(200).json();

        assertThat(plan.get("dry_run").asBoolean()).isTrue();
        assertThat(plan.get("create").asInt()).isEqualTo(2);
        assertThat(plan.get("tickets")).extracting(t -> t.get("title").asText())
                .containsExactlyInAnyOrder("Add rate limiting to the login endpoint", "Set timeouts on calls to the card processor");
        assertThat(plan.get("tickets")).allSatisfy(t -> assertThat(t.get("action").asText()).isEqualTo("create"));
        JiraApiFixture.sleep(300);
        assertThat(f.fake.api.issues.all()).isEmpty();
        assertThat(f.fake.calls("POST", "/issue/bulk")).isZero();
        assertThat(app.get(BASE + "/status").json().at("/counts/not_pushed").asInt()).isEqualTo(5);
    }

    @Test
    void a_push_is_sent_in_the_background_and_the_status_shows_each_ticket() {
        f.configure();

        JsonNode queued = app.postJson(BASE + "/push", "{\"all\": true}").expect(202).json();
        assertThat(queued.get("create").asInt()).isEqualTo(5);
        JsonNode status = f.awaitSent();

        assertThat(status.at("/counts/synced").asInt()).isEqualTo(5);
        assertThat(status.get("problem").isNull()).isTrue();
        assertThat(status.get("items")).allSatisfy(i -> {
            assertThat(i.get("state").asText()).isEqualTo("synced");
            assertThat(i.get("issue_key").asText()).matches("OPS-\\d+");
            assertThat(i.get("url").asText()).isEqualTo(f.fake.url() + "/browse/" + i.get("issue_key").asText());
        });
        assertThat(f.fake.api.issues.all()).hasSize(5);
    }

    @Test
    void pushing_twice_makes_no_new_ticket() {
        f.configure();
        f.pushAllAndWait();
        int writes = f.fake.calls("POST", "/issue/bulk") + f.fake.calls("PUT", "");

        JsonNode dryRun = app.postJson(BASE + "/push?dry_run=true", "").expect(200).json();
        JsonNode again = app.postJson(BASE + "/push", "").expect(202).json();
        f.awaitSent();
        JiraApiFixture.sleep(300);

        assertThat(dryRun.get("unchanged").asInt()).isEqualTo(5);
        assertThat(again.get("create").asInt()).isZero();
        assertThat(again.get("update").asInt()).isZero();
        assertThat(f.fake.calls("POST", "/issue/bulk") + f.fake.calls("PUT", "")).isEqualTo(writes);
        assertThat(f.fake.api.issues.all()).hasSize(5);
    }

    @Test
    void marking_a_pushed_item_done_moves_its_ticket_to_done_without_waiting_for_the_next_poll() {
        Pushed first = configuredAndPushed();
        long id = first.itemId();
        String key = first.issueKey();
        String etag = app.get("/api/v1/items/" + id).header("ETag");

        app.patchJson("/api/v1/items/" + id, "{\"status\":\"done\"}", "If-Match", etag).expect(200);

        Instant deadline = Instant.now().plusSeconds(10);
        while (f.fake.api.issues.get(key).status != 2 && Instant.now().isBefore(deadline)) {
            JiraApiFixture.sleep(50);
        }
        assertThat(FakeIssues.WORKFLOW.get(f.fake.api.issues.get(key).status).categoryKey()).isEqualTo("done");
    }

    @Test
    void a_pull_brings_a_ticket_moved_in_jira_back_at_once() {
        Pushed first = configuredAndPushed();
        f.moveInJira(first.issueKey(), 2, Instant.now().plusSeconds(5));

        JsonNode pulled = app.postJson(BASE + "/pull", "").expect(200).json();

        assertThat(pulled.get("changed").asInt()).isEqualTo(1);
        assertThat(pulled.get("problem").isNull()).isTrue();
        assertThat(app.get("/api/v1/items/" + first.itemId()).json().get("status").asText()).isEqualTo("done");
        assertThat(app.get("/api/v1/items/" + first.itemId() + "/history").json().get("history").toString()).contains("jira");
        assertThat(app.postJson(BASE + "/pull", "").expect(200).json().get("changed").asInt()).as("nothing new the second time").isZero();
    }

    @Test
    void a_due_date_set_in_jira_comes_back_and_is_not_pushed_back() {
        Pushed first = configuredAndPushed();
        long id = first.itemId();
        f.setDueInJira(first.issueKey(), "2026-12-24", Instant.now().plusSeconds(5));

        assertThat(app.postJson(BASE + "/pull", "").expect(200).json().get("changed").asInt()).isEqualTo(1);

        assertThat(app.get("/api/v1/items/" + id).json().get("due").asText()).isEqualTo("2026-12-24");
        JsonNode again = app.postJson(BASE + "/push?dry_run=true", "{\"item_ids\": [" + id + "]}").expect(200).json();
        assertThat(again.get("unchanged").asInt()).as("the ticket already has that date").isEqualTo(1);
    }

    @Test
    void a_due_date_removed_in_jira_leaves_the_items_date() {
        Pushed first = configuredAndPushed();
        long id = first.itemId();
        String etag = app.get("/api/v1/items/" + id).header("ETag");
        app.patchJson("/api/v1/items/" + id, "{\"due\":\"2026-12-01\"}", "If-Match", etag).expect(200);
        f.setDueInJira(first.issueKey(), null, Instant.now().plusSeconds(5));

        app.postJson(BASE + "/pull", "").expect(200);

        assertThat(app.get("/api/v1/items/" + id).json().get("due").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void a_pull_without_settings_says_what_to_set_and_an_unknown_project_is_404() {
        assertThat(app.postJson(BASE + "/pull", "").expect(409).json().get("detail").asText())
                .contains("PUT /api/v1/projects/PAY/jira/settings");
        app.postJson("/api/v1/projects/NOPE/jira/pull", "").expect(404);
    }

    @Test
    void selecting_items_for_a_push_is_checked_and_the_field_named() {
        f.configure();
        assertField(app.postJson(BASE + "/push", "{\"phase\": 5}"), "phase");
        assertField(app.postJson(BASE + "/push", "{\"item_ids\": \"all\"}"), "item_ids");
        assertField(app.postJson(BASE + "/push", "{\"item_ids\": [999999]}"), "item_ids");
        assertField(app.postJson(BASE + "/push", "{\"item_ids\": [1], \"phase\": 0}"), "item_ids");
        assertField(app.postJson(BASE + "/push", "{\"colour\": \"red\"}"), "colour");
        assertField(app.postJson(BASE + "/push?dry_run=maybe", "{}"), "dry_run");
        assertThat(app.post(BASE + "/push", "text/plain", "all").status()).isEqualTo(415);

        long first = f.itemIds().get(0);
        JsonNode one = app.postJson(BASE + "/push?dry_run=true", "{\"item_ids\": [" + first + "]}").expect(200).json();
        assertThat(one.get("tickets")).hasSize(1);
        assertThat(one.at("/tickets/0/item_id").asLong()).isEqualTo(first);
    }

    @Test
    void each_role_gets_what_its_work_needs() {
        f.configure();
        assertThat(call(Role.VIEWER, "GET", BASE + "/status")).isEqualTo(200);
        assertThat(call(Role.VIEWER, "POST", BASE + "/push?dry_run=true")).isEqualTo(403);
        assertThat(call(Role.VIEWER, "POST", BASE + "/pull")).isEqualTo(403);
        assertThat(call(Role.MEMBER, "POST", BASE + "/pull")).isEqualTo(200);
        assertThat(call(Role.MEMBER, "POST", BASE + "/push?dry_run=true")).isEqualTo(200);
        assertThat(call(Role.MEMBER, "GET", BASE + "/settings")).isEqualTo(403);
        assertThat(call(Role.MEMBER, "POST", BASE + "/test")).isEqualTo(403);
        assertThat(call(Role.LEAD, "GET", BASE + "/settings")).isEqualTo(200);
        assertThat(call(Role.LEAD, "POST", BASE + "/test")).isEqualTo(200);
        assertThat(app.send(app.request(BASE + "/status").GET()).statusCode()).as("anonymous").isEqualTo(401);
    }

    /** The first item and its ticket, after Jira is configured and every open item pushed. */
    private record Pushed(long itemId, String issueKey) {
    }

    private Pushed configuredAndPushed() {
        f.configure();
        JsonNode first = f.pushAllAndWait().get("items").get(0);
        return new Pushed(first.get("item_id").asLong(), first.get("issue_key").asText());
    }

    private int call(Role role, String method, String path) {
        HttpRequest.Builder request = app.request(path).header("Authorization", "Bearer " + app.apiToken(role))
                .header("Content-Type", "application/json").method(method, method.equals("GET")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        return app.send(request).statusCode();
    }
}
