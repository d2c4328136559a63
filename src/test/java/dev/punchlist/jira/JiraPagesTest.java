package dev.punchlist.jira;

import dev.punchlist.security.SecurityEvent;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.API_TOKEN;
import static dev.punchlist.jira.JiraTestSupport.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

/** The Jira settings page, the push buttons and the sync state on the checklist and item pages, through real HTTP. */
class JiraPagesTest {
    private static final String SETTINGS = "/projects/PAY/jira";
    private final JiraApiFixture f = new JiraApiFixture();
    private final TestApp app = f.app;

    @AfterEach
    void stop() {
        f.close();
    }

    /** Saves valid settings through the form; {@code changes} (name, value pairs) replace some of them. */
    private TestApp.Response saveSettings(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("site_url", f.fake.url(), "flavour", "cloud",
                "project_key", "OPS", "issue_type", "Task", "priority_critical", "Highest", "labels", "security, audit",
                "done_category", "done", "email", EMAIL, "token", API_TOKEN, "webhook_secret", JiraApiFixture.WEBHOOK_SECRET));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.addAll(List.of(k, v)));
        return app.postForm(SETTINGS, pairs.toArray(String[]::new));
    }

    /** What the preview's "Push the ticked items" sends with every box still ticked: the scope, confirm and each item. */
    private TestApp.Response confirmPush(String path, String... scope) {
        List<String> fields = new ArrayList<>(List.of(scope));
        fields.addAll(List.of("confirm", "1"));
        f.itemIds().forEach(id -> fields.addAll(List.of("ticked", id.toString())));
        return app.postForm(path, fields.toArray(String[]::new));
    }

    @Test
    void the_settings_form_saves_and_never_shows_a_secret_again() {
        assertThat(app.get(SETTINGS).expect(200).body()).contains("Not configured", "/api/v1/jira/webhook/PAY");

        TestApp.Response saved = saveSettings();
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(SETTINGS + "?saved");

        String page = app.get(saved.location()).expect(200).body();
        assertThat(page).contains("Settings saved", "value=\"" + f.fake.url() + "\"", "value=\"security audit\"",
                "Webhook secret</dt><dd>set", "(set)", "id=\"webhook-url\"");
        assertThat(page).doesNotContain(API_TOKEN).doesNotContain(JiraApiFixture.WEBHOOK_SECRET);
        assertThat(f.app.app().jiraSync().settingsStore().find("PAY").orElseThrow().settings().extraLabels())
                .containsExactly("security", "audit");

        // saving again with the secret fields empty keeps the stored secrets
        assertThat(app.postForm(SETTINGS, "site_url", f.fake.url(), "flavour", "cloud", "project_key", "OPS",
                "issue_type", "Bug", "token", "", "webhook_secret", "").status()).isEqualTo(303);
        var view = f.app.app().jiraSync().settingsStore().find("PAY").orElseThrow();
        assertThat(view.settings().issueTypeName()).isEqualTo("Bug");
        assertThat(view.credentialsSource()).isEqualTo("stored");
        assertThat(view.webhookSecretSet()).isTrue();
    }

    @Test
    void bad_input_is_shown_next_to_its_field_with_the_input_kept_except_the_secrets() {
        TestApp.Response page = saveSettings("project_key", "ops team");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"project_key-error\"", "must be 2-10 upper-case letters",
                "aria-describedby=\"project_key-error\"", "value=\"" + f.fake.url() + "\"", "value=\"ops team\"");
        assertThat(page.body()).doesNotContain(API_TOKEN).doesNotContain(JiraApiFixture.WEBHOOK_SECRET);
        assertThat(f.app.app().jiraSync().settingsStore().find("PAY")).isEmpty();

        TestApp.Response parents = saveSettings("parent_1", "not-a-key");
        assertThat(parents.status()).isEqualTo(400);
        assertThat(parents.body()).contains("id=\"parents-error\"", "must be an issue key such as OPS-12");
    }

    @Test
    void a_viewer_sees_the_state_but_cannot_change_the_settings() {
        saveSettings();
        TestApp.Login viewer = app.login(Role.VIEWER);
        HttpResponse<String> page = app.send(viewer.apply(app.request(SETTINGS).GET()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Webhook secret</dt><dd>set", "OPS").doesNotContain("Save settings")
                .doesNotContain("Test connection").doesNotContain(API_TOKEN);

        HttpResponse<String> refused = app.send(viewer.apply(app.request(SETTINGS)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(TestApp.form(Map.of("_csrf", viewer.csrf(), "site_url", "https://evil.example", "flavour", "cloud",
                        "project_key", "EVIL", "issue_type", "Task")))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(f.app.app().jiraSync().settingsStore().find("PAY").orElseThrow().settings().projectKey()).isEqualTo("OPS");
    }

    @Test
    void test_connection_explains_problems_in_plain_words() {
        saveSettings();
        assertThat(app.postForm(SETTINGS + "/test").expect(200).body()).contains("Connection works");

        saveSettings("issue_type", "Epicness");
        String page = app.postForm(SETTINGS + "/test").expect(200).body();
        assertThat(page).contains("problem", "Epicness");
    }

    @Test
    void pushing_all_open_items_redirects_with_the_counts_and_creates_each_ticket_once() {
        saveSettings();
        TestApp.Response pushed = confirmPush("/projects/PAY/jira/push?status=open", "scope", "all");
        assertThat(pushed.status()).isEqualTo(303);
        assertThat(pushed.location()).startsWith("/projects/PAY?status=open&jira_create=5&jira_update=0");
        assertThat(app.get(pushed.location()).body()).contains("Queued for Jira: 5 tickets to create, 0 tickets to update");
        f.awaitSent();

        TestApp.Response again = confirmPush("/projects/PAY/jira/push", "scope", "all");
        assertThat(again.location()).contains("jira_create=0", "jira_unchanged=5");
        f.awaitSent();
        assertThat(f.fake.api.issues.all()).hasSize(5);
        for (long id : f.itemIds()) {
            assertThat(f.fake.api.issues.withLabel(IssueDraft.itemLabel("PAY", String.valueOf(id)))).isEqualTo(1);
        }
    }

    @Test
    void ticked_items_are_pushed_from_the_bulk_form() {
        saveSettings();
        List<Long> ids = f.itemIds();
        TestApp.Response preview = app.postForm("/projects/PAY/bulk", "ids", ids.get(0).toString(), "ids", ids.get(1).toString(),
                "action", "jira");
        assertThat(preview.status()).as("the bulk form's push shows its preview first").isEqualTo(200);
        assertThat(preview.body()).contains("name=\"ticked\" value=\"" + ids.get(0) + "\"", "name=\"ticked\" value=\"" + ids.get(1) + "\"");
        assertThat(f.fake.api.issues.all()).isEmpty();
        TestApp.Response pushed = confirmPush("/projects/PAY/jira/push", "scope", "items", "ids", ids.get(0).toString(),
                "ids", ids.get(1).toString());
        assertThat(pushed.status()).isEqualTo(303);
        assertThat(pushed.location()).contains("jira_create=2");
        f.awaitSent();
        assertThat(f.fake.api.issues.all()).hasSize(2);
    }

    @Test
    void a_phase_is_pushed_alone_and_a_preview_sends_nothing() {
        saveSettings();
        long inPhase0 = app.get("/api/v1/projects/PAY/items").json().path("items").findValues("phase").stream()
                .filter(p -> p.asInt() == 0).count();

        TestApp.Response preview = app.postForm("/projects/PAY/jira/push", "scope", "phase", "phase", "0");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Preview, nothing sent yet: " + inPhase0 + " ticket", "Push the ticked items");
        assertThat(app.get(JiraApiFixture.BASE + "/status").json().at("/counts/not_pushed").asInt()).isEqualTo(5);

        TestApp.Response pushed = confirmPush("/projects/PAY/jira/push", "scope", "phase", "phase", "0");
        assertThat(pushed.location()).contains("jira_create=" + inPhase0);
        f.awaitSent();
        assertThat(f.fake.api.issues.all()).hasSize((int) inPhase0);
        assertThat(app.app().securityLog().recent(10, null)).extracting(SecurityEvent::action)
                .as("the push and the settings are audited, the preview is not").containsOnlyOnce("jira.push", "jira.settings");
    }

    @Test
    void pushing_without_settings_says_what_to_do_and_viewers_cannot_push() {
        TestApp.Response refused = confirmPush("/projects/PAY/jira/push", "scope", "all");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("has no Jira settings", "href=\"/projects/PAY/jira\"");

        saveSettings();
        TestApp.Login viewer = app.login(Role.VIEWER);
        HttpResponse<String> forbidden = app.send(viewer.apply(app.request("/projects/PAY/jira/push")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(TestApp.form(Map.of("_csrf", viewer.csrf(), "scope", "all")))));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(f.app.app().jiraSync().links("PAY")).isEmpty();
    }

    @Test
    void the_jira_page_brings_a_ticket_moved_in_jira_back_at_once() {
        saveSettings();
        confirmPush("/projects/PAY/jira/push", "scope", "all");
        var sent = f.awaitSent();
        String ticket = sent.at("/items/0/issue_key").asText();
        long item = sent.at("/items/0/item_id").asLong();
        assertThat(app.get(SETTINGS).body()).contains("Bring Jira's changes back now");
        f.moveInJira(ticket, 2, java.time.Instant.now().plusSeconds(5));

        TestApp.Response pulled = app.postForm(SETTINGS + "/pull");

        assertThat(pulled.status()).isEqualTo(200);
        assertThat(pulled.body()).contains("id=\"pull-result\"", "1 item updated");
        assertThat(app.get("/api/v1/items/" + item).json().get("status").asText()).isEqualTo("done");
    }

    @Test
    void pulling_without_settings_says_so_and_viewers_get_no_pull_button() {
        TestApp.Response refused = app.postForm(SETTINGS + "/pull");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("has no Jira settings");

        saveSettings();
        TestApp.Login viewer = app.login(Role.VIEWER);
        String page = app.send(viewer.apply(app.request(SETTINGS)).GET()).body();
        assertThat(page).doesNotContain("Bring Jira's changes back now");
        HttpResponse<String> forbidden = app.send(viewer.apply(app.request(SETTINGS + "/pull"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(TestApp.form(Map.of("_csrf", viewer.csrf()))));
        assertThat(forbidden.statusCode()).isEqualTo(403);
    }

    @Test
    void the_checklist_and_item_pages_show_each_items_sync_state() {
        List<Long> ids = f.itemIds();
        assertThat(app.get("/projects/PAY").body()).doesNotContain("Jira: ").doesNotContain("Push all open items");
        saveSettings();
        f.fake.api.rejectLabels.put(IssueDraft.itemLabel("PAY", ids.get(1).toString()), "priority: The priority selected is invalid.");

        confirmPush("/projects/PAY/jira/push", "scope", "items", "ids", ids.get(0).toString(), "ids", ids.get(1).toString());
        f.awaitSent();

        String checklist = app.get("/projects/PAY").expect(200).body();
        String key = f.fake.api.issues.all().get(0).key;
        assertThat(checklist).contains("Push all open items", "Push phase 0 to Jira", "id=\"jira-health\"", "<option value=\"jira\"",
                "href=\"" + f.fake.url() + "/browse/" + key + "\"", "Jira: synced", "Jira: failed",
                "The priority selected is invalid", "Jira would refuse it again", "Jira: not pushed");

        String item = app.get("/items/" + ids.get(0)).expect(200).body();
        assertThat(item).contains("id=\"jira-state\"", "Jira: synced", f.fake.url() + "/browse/" + key);
        assertThat(app.get("/items/" + ids.get(2)).body()).contains("Jira: not pushed");
    }
}
