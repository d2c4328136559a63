package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 7: every push from the pages is previewed with boxes to untick, and the pages say how the sync is doing. */
class JiraHealthAndPushPreviewTest {
    private final JiraApiFixture f = new JiraApiFixture();
    private final TestApp app = f.app;

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void the_push_preview_lists_phase_priority_and_assignee_and_only_the_ticked_items_are_pushed() {
        f.configure();
        JsonNode items = app.get("/api/v1/projects/PAY/items").json().get("items");
        JsonNode first = items.get(0);
        long kept = first.get("id").asLong();
        long unticked = items.get(1).get("id").asLong();
        app.patchJson("/api/v1/projects/PAY/items", "{\"items\":[{\"id\":" + kept + ",\"assignee\":\"admin\"}]}").expect(200);

        String preview = app.postForm("/projects/PAY/jira/push", "scope", "all").expect(200).body();
        assertThat(preview).contains("Preview, nothing sent yet: 5 tickets would be created", "<th scope=\"col\">Jira priority</th>",
                "name=\"ticked\" value=\"" + kept + "\"", "name=\"ticked\" value=\"" + unticked + "\"", "<td data-label=\"Assignee\">admin</td>",
                "<td data-label=\"Phase\">" + first.get("phase").asInt() + "</td><td data-label=\"Jira priority\">"
                        + expectedPriority(first) + "</td>");
        assertThat(f.app.app().jiraSync().links("PAY")).as("a preview queues nothing").isEmpty();

        TestApp.Response pushed = app.postForm("/projects/PAY/jira/push", "scope", "all", "confirm", "1", "ticked", String.valueOf(kept));
        assertThat(pushed.status()).isEqualTo(303);
        assertThat(pushed.location()).contains("jira_create=1");
        f.awaitSent();
        assertThat(f.fake.api.issues.all()).hasSize(1);
        assertThat(f.app.app().jiraSync().links("PAY")).containsOnlyKeys(kept);
    }

    @Test
    void a_confirm_with_every_box_unticked_pushes_nothing_and_says_why() {
        f.configure();
        TestApp.Response page = app.postForm("/projects/PAY/jira/push", "scope", "all", "confirm", "1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"ticked-error\"", "Tick at least one item");
        assertThat(f.app.app().jiraSync().links("PAY")).isEmpty();
    }

    @Test
    void the_jira_page_and_the_checklist_show_the_last_sync_the_queue_and_the_last_error() {
        f.configure();
        f.pushAllAndWait();
        for (String path : new String[] {"/projects/PAY/jira", "/projects/PAY"}) {
            assertThat(app.get(path).body()).contains("id=\"jira-health\"", "last ticket sent <time datetime=\"", "just now</time>",
                    "nothing queued", "no errors");
        }

        f.fake.api.forbidden = true;
        long item = f.itemIds().get(0);
        app.patchJson("/api/v1/projects/PAY/items", "{\"items\":[{\"id\":" + item + ",\"title\":\"Rotate every key\"}]}").expect(200);
        app.postJson(JiraApiFixture.BASE + "/push", "{\"item_ids\": [" + item + "]}").expect(202);
        f.awaitSent();

        String health = app.get("/projects/PAY/jira").body();
        assertThat(health).contains("1 item failed", "last error, since <time", "HTTP 403");
        JsonNode api = app.get(JiraApiFixture.BASE + "/status").json().get("health");
        assertThat(api.get("failed").asInt()).isEqualTo(1);
        assertThat(api.get("queued").asInt()).isZero();
        assertThat(api.get("last_error").asText()).contains("HTTP 403");
        assertThat(api.get("last_sent").asText()).isNotEmpty();
    }

    private static String expectedPriority(JsonNode item) {
        return dev.punchlist.jira.JiraSettings.DEFAULT_PRIORITIES.get(item.get("severity").asText());
    }
}
