package dev.punchlist.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.jira.JiraSettings;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.plan.InvalidInputException;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code /api/v1/projects/{key}/jira/settings} (secrets write-only) and {@code .../jira/test}. */
final class JiraSettingsApi {
    private final JiraSettingsStore store;
    private final SyncWorker worker;
    private final String publicUrl;
    private final ObjectMapper json;

    JiraSettingsApi(JiraSettingsStore store, SyncWorker worker, String publicUrl, ObjectMapper json) {
        this.store = store;
        this.worker = worker;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        this.json = json;
    }

    /** What {@code PUT .../jira/settings} accepts; the secrets are optional (the environment may hold them). */
    record SettingsBody(String siteUrl, String flavour, String projectKey, String issueType, Map<String, String> priorities,
                        List<String> labels, Map<String, String> parents, String doneCategory, String email,
                        String token, String pat, String webhookSecret) {
        JiraSettingsStore.Input input() {
            return new JiraSettingsStore.Input(siteUrl, flavour, projectKey, issueType, priorities, labels, parents,
                    doneCategory, email, token, pat, webhookSecret);
        }
    }

    void settings(Context ctx) {
        String key = ctx.pathParam("key");
        ctx.json(store.find(key).map(v -> settingsJson(key, v)).orElseGet(() -> notConfigured(key)));
    }

    void save(Context ctx) throws Exception {
        Bodies.requireJson(ctx);
        String key = ctx.pathParam("key");
        SettingsBody body = json.readValue(ctx.body(), SettingsBody.class);
        if (body == null) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        ctx.json(settingsJson(key, store.save(key, body.input())));
    }

    private Map<String, Object> settingsJson(String key, JiraSettingsStore.View view) {
        JiraSettings s = view.settings();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("configured", true);
        out.put("site_url", s.siteUrl().toString());
        out.put("flavour", JiraSettingsStore.flavourLabel(s.flavour()));
        out.put("project_key", s.projectKey());
        out.put("issue_type", s.issueTypeName());
        out.put("priorities", new TreeMap<>(s.priorityBySeverity()));
        out.put("labels", s.extraLabels());
        Map<String, String> parents = new TreeMap<>();
        s.parentKeyByPhase().forEach((phase, parent) -> parents.put(String.valueOf(phase), parent));
        out.put("parents", parents);
        out.put("done_category", s.doneCategory());
        out.put("credentials", view.credentialsSource());
        out.put("webhook_secret_set", view.webhookSecretSet());
        out.put("webhook_url", webhookUrl(key));
        out.put("problem", view.problem());
        out.put("problem_at", view.problemAt());
        return out;
    }

    private Map<String, Object> notConfigured(String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("configured", false);
        out.put("webhook_url", webhookUrl(key));
        return out;
    }

    private String webhookUrl(String key) {
        return publicUrl + JiraApi.WEBHOOK_PREFIX + key;
    }

    void test(Context ctx) {
        String key = ctx.pathParam("key");
        List<String> problems = worker.client(key).testConnection();
        if (problems.isEmpty()) {
            store.recordProblem(key, null);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", problems.isEmpty());
        out.put("problems", problems);
        ctx.json(out);
    }
}
