package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.security.Secrets;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.punchlist.jira.JiraTestSupport.*;

/**
 * The real server (with a secrets key, so credentials can be stored) over a fresh database holding project PAY
 * with five items, and the contract-checked fake Jira (project OPS) it syncs with.
 */
final class JiraApiFixture implements AutoCloseable {
    static final String WEBHOOK_SECRET = "whsec-3f9a1c7e5b2d4f60";
    static final String BASE = "/api/v1/projects/PAY/jira";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeJira fake = fake(Flavour.CLOUD);
    final TestApp app = TestApp.start(Clock.systemUTC(), withSecretsKey());
    final RecordingSleeper sleeper = new RecordingSleeper();

    JiraApiFixture() {
        // the same client the server makes, but waits between retries are recorded instead of slept
        app.app().syncWorker().useClients((s, c) -> new JiraClient(s, c, options(sleeper)));
        app.projectWithReport("PAY", Reports.PAYMENTS);
    }

    private static SecuritySettings withSecretsKey() {
        SecuritySettings dev = SecuritySettings.development();
        return new SecuritySettings(false, dev.sessionKey(), Secrets.randomBytes(32), dev.cookieSecure(), java.util.List.of(),
                dev.idleTimeout(), dev.absoluteLifetime(), null, null);
    }

    String settingsBody() {
        return """
                {"site_url": "%s", "flavour": "cloud", "project_key": "OPS", "issue_type": "Task",
                 "labels": ["security"], "email": "%s", "token": "%s", "webhook_secret": "%s"}
                """.formatted(fake.url(), EMAIL, API_TOKEN, WEBHOOK_SECRET);
    }

    TestApp.Response configure() {
        return put(BASE + "/settings", settingsBody()).expect(200);
    }

    TestApp.Response put(String path, String body) {
        return asAdmin(app.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    TestApp.Response asAdmin(HttpRequest.Builder request) {
        return new TestApp.Response(app.send(request.header("Authorization", "Bearer " + app.apiToken(Role.ADMIN))), JSON);
    }

    List<Long> itemIds() {
        List<Long> ids = new ArrayList<>();
        app.get("/api/v1/projects/PAY/items").expect(200).json().path("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    /** Polls the status route until no item is pending (the background thread has sent the push). */
    JsonNode awaitSent() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode status = app.get(BASE + "/status").expect(200).json();
            if (status.at("/counts/pending").asInt() == 0 || Instant.now().isAfter(deadline)) {
                return status;
            }
            sleep(50);
        }
    }

    JsonNode pushAllAndWait() {
        app.postJson(BASE + "/push", "{\"all\": true}").expect(202);
        return awaitSent();
    }

    /** Moves the ticket in the fake Jira, as a developer would, at {@code when}. */
    void moveInJira(String key, int workflowStep, Instant when) {
        FakeIssues.Issue issue = fake.api.issues.get(key);
        issue.status = workflowStep;
        issue.updated = when;
    }

    /** Sets (or, with {@code null}, removes) the ticket's due date in the fake Jira at {@code when}. */
    void setDueInJira(String key, String date, Instant when) {
        FakeIssues.Issue issue = fake.api.issues.get(key);
        synchronized (issue) {
            if (date == null) {
                issue.fields.remove("duedate");
            } else {
                issue.fields.put("duedate", date);
            }
        }
        issue.updated = when;
    }

    HttpResponse<String> deliver(String body, String signature, String deliveryId) {
        HttpRequest.Builder request = app.request("/api/v1/jira/webhook/PAY").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        if (deliveryId != null) {
            request.header("X-Atlassian-Webhook-Identifier", deliveryId);
        }
        return app.send(request);
    }

    static String sign(String body) {
        return new WebhookVerifier(WEBHOOK_SECRET).signatureFor(body.getBytes(StandardCharsets.UTF_8));
    }

    /** What Jira posts when an issue changes; the status in it is deliberately stale: the server must re-read. */
    static String issueUpdated(String key) {
        return """
                {"timestamp": 1767225600000, "webhookEvent": "jira:issue_updated",
                 "issue": {"id": "10001", "key": "%s", "fields": {"status": {"name": "To Do",
                   "statusCategory": {"key": "new"}}}},
                 "changelog": {"items": [{"field": "status", "fromString": "To Do", "toString": "Done"}]}}
                """.formatted(key);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
        fake.close();
        fake.assertContractKept();
    }
}
