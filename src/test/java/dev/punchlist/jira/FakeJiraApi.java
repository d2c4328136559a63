package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.punchlist.jira.FakeIssues.JSON;

/** The fake's endpoints, written against paths relative to {@code /rest/api/{3|2}}. */
final class FakeJiraApi {
    private static final Pattern ISSUE = Pattern.compile("/issue/([^/]+)");
    private static final Pattern TRANSITIONS = Pattern.compile("/issue/([^/]+)/transitions");
    private static final Pattern PROJECT = Pattern.compile("/project/([^/]+)");
    private static final Pattern CREATEMETA = Pattern.compile("/issue/createmeta/([^/]+)/issuetypes(?:/([^/]+))?");

    final FakeIssues issues;
    final FakeJiraSearch search;
    private final Flavour flavour;
    private final String projectKey;
    /** Label → Jira's message: drafts carrying it fail inside an otherwise successful bulk call. */
    final Map<String, String> rejectLabels = new ConcurrentHashMap<>();
    /** Field id → name of a field this project requires on create. */
    final Map<String, String> requiredFields = new ConcurrentHashMap<>();
    /** The priorities the project's scheme offers (another scheme: P1 … P5). */
    volatile List<String> priorities = List.of("Highest", "High", "Medium", "Low", "Lowest");
    /** Issue links made ({@code inward duplicates outward}), as "type inward outward". */
    final List<String> issueLinks = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile boolean shuffle;
    volatile boolean renumberTransitions;
    volatile boolean forbidden;
    private final AtomicInteger transitionOffset = new AtomicInteger();

    FakeJiraApi(Flavour flavour, String projectKey) {
        this.flavour = flavour;
        this.projectKey = projectKey;
        this.issues = new FakeIssues(projectKey);
        this.search = new FakeJiraSearch(issues, flavour);
    }

    FakeJira.Reply handle(String method, String path, Map<String, List<String>> query, String body) {
        if (forbidden) return FakeJira.Reply.json(403, errors("You do not have permission to do this."));
        String route = method + " " + path;
        Matcher m;
        if (route.equals("GET /myself")) return ok(myself());
        if (route.equals("POST /issue/bulk")) return bulkCreate(read(body));
        if (route.equals("POST /issueLink")) return issueLink(read(body));
        if (route.equals("POST /issue/bulkfetch") && flavour == Flavour.CLOUD) return ok(bulkFetch(read(body)));
        if (route.equals("POST /search/jql") && flavour == Flavour.CLOUD) return ok(search.cloud(read(body)));
        if (route.equals("POST /search") && flavour == Flavour.DATA_CENTER) return ok(search.dataCenter(read(body)));
        if ((m = CREATEMETA.matcher(path)).matches() && method.equals("GET")) return createMeta(m.group(1), m.group(2));
        if ((m = PROJECT.matcher(path)).matches() && method.equals("GET")) return project(m.group(1));
        if ((m = TRANSITIONS.matcher(path)).matches()) return transitions(method, m.group(1), body);
        if ((m = ISSUE.matcher(path)).matches()) return issue(method, m.group(1), body);
        return FakeJira.Reply.json(404, errors("No such resource in the fake: " + route));
    }

    private FakeJira.Reply bulkCreate(JsonNode body) {
        ArrayNode created = JSON.createArrayNode();
        ArrayNode failed = JSON.createArrayNode();
        JsonNode updates = body.path("issueUpdates");
        for (int i = 0; i < updates.size(); i++) {
            JsonNode fields = updates.get(i).path("fields");
            ObjectNode problems = problems(fields);
            if (problems.isEmpty()) created.add(ref(issues.create(fields)));
            else failed.add(failure(i, problems));
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("issues", shuffle ? shuffled(created) : created);
        answer.set("errors", failed);
        return FakeJira.Reply.json(created.isEmpty() && !failed.isEmpty() ? 400 : 201, answer);
    }

    private ObjectNode problems(JsonNode fields) {
        ObjectNode e = JSON.createObjectNode();
        if (!projectKey.equals(fields.path("project").path("key").asText())) e.put("project", "valid project is required");
        if (!List.of("Task", "Bug").contains(fields.path("issuetype").path("name").asText())) {
            e.put("issuetype", "The issue type selected is invalid.");
        }
        requiredFields.forEach((id, name) -> {
            if (!fields.has(id)) e.put(id, name + " is required.");
        });
        fieldProblems(fields, e);
        fields.path("labels").forEach(l -> {
            String message = rejectLabels.get(l.asText());
            if (message != null) e.put("priority", message);
        });
        return e;
    }

    /** What Jira refuses on create and edit alike: line breaks in the summary, a priority the scheme lacks. */
    private void fieldProblems(JsonNode fields, ObjectNode e) {
        if (fields.path("summary").asText().matches("(?s).*[\\r\\n].*")) {
            e.put("summary", "The summary is invalid because it contains newline characters.");
        }
        if (fields.has("priority") && !priorities.contains(fields.path("priority").path("name").asText())) {
            e.put("priority", "The priority selected is invalid.");
        }
    }

    private FakeJira.Reply issueLink(JsonNode body) {
        FakeIssues.Issue inward = issues.get(body.path("inwardIssue").path("key").asText());
        FakeIssues.Issue outward = issues.get(body.path("outwardIssue").path("key").asText());
        if (inward == null || outward == null) return FakeJira.Reply.json(404, errors("Issue does not exist."));
        issueLinks.add(body.path("type").path("name").asText() + " " + inward.key + " " + outward.key);
        return new FakeJira.Reply(201, null, Map.of());
    }

    private ObjectNode failure(int index, ObjectNode problems) {
        ObjectNode f = JSON.createObjectNode().put("status", 400).put("failedElementNumber", index);
        ObjectNode ec = f.putObject("elementErrors");
        ec.putArray("errorMessages");
        ec.set("errors", problems);
        return f;
    }

    private ObjectNode ref(FakeIssues.Issue i) {
        return JSON.createObjectNode().put("id", i.id).put("key", i.key).put("self", self() + "/issue/" + i.id);
    }

    private static ArrayNode shuffled(ArrayNode in) {
        List<JsonNode> list = new ArrayList<>();
        in.forEach(list::add);
        Collections.shuffle(list);
        ArrayNode out = JSON.createArrayNode();
        list.forEach(out::add);
        return out;
    }

    private ObjectNode bulkFetch(JsonNode body) {
        ArrayNode found = JSON.createArrayNode();
        body.path("issueIdsOrKeys").forEach(k -> {
            FakeIssues.Issue i = issues.get(k.asText());
            if (i != null) found.add(i.json(self()));
        });
        ObjectNode out = JSON.createObjectNode();
        out.set("issues", found);
        out.putArray("issueErrors");
        return out;
    }

    private FakeJira.Reply issue(String method, String key, String body) {
        FakeIssues.Issue i = issues.get(key);
        if (i == null) return FakeJira.Reply.json(404, errors("Issue does not exist or you do not have permission to see it."));
        if (method.equals("GET")) return ok(i.json(self()));
        if (!method.equals("PUT")) return FakeJira.Reply.json(405, errors("method not allowed"));
        ObjectNode problems = JSON.createObjectNode();
        fieldProblems(read(body).path("fields"), problems);
        if (!problems.isEmpty()) {
            ObjectNode e = errors("Field errors.");
            e.set("errors", problems);
            return FakeJira.Reply.json(400, e);
        }
        synchronized (i) {
            read(body).path("fields").fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) i.fields.remove(f.getKey());
                else i.fields.set(f.getKey(), f.getValue());
            });
            i.updated = java.time.Instant.now();
        }
        return new FakeJira.Reply(204, null, Map.of());
    }

    private FakeJira.Reply transitions(String method, String key, String body) {
        FakeIssues.Issue i = issues.get(key);
        if (i == null) return FakeJira.Reply.json(404, errors("Issue does not exist or you do not have permission to see it."));
        // Renumbering between calls proves the client never reuses an id it looked up earlier.
        int offset = method.equals("GET") && renumberTransitions ? transitionOffset.addAndGet(100) : transitionOffset.get();
        if (method.equals("GET")) return ok(transitionList(i, offset));
        String id = read(body).path("transition").path("id").asText();
        for (int s = 0; s < issues.workflow.size(); s++) {
            if (s != i.status && id.equals(String.valueOf(offset + 11 + 10 * s))) {
                i.status = s;
                i.updated = java.time.Instant.now();
                return new FakeJira.Reply(204, null, Map.of());
            }
        }
        return FakeJira.Reply.json(400, errors("Transition id '" + id + "' is not valid for this issue."));
    }

    private ObjectNode transitionList(FakeIssues.Issue i, int offset) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("transitions");
        for (int s = 0; s < issues.workflow.size(); s++) {
            if (s == i.status) continue;
            FakeIssues.Status to = issues.workflow.get(s);
            ObjectNode t = list.addObject().put("id", String.valueOf(offset + 11 + 10 * s)).put("name", "Move to " + to.name());
            t.set("to", to.json());
        }
        return out;
    }

    private FakeJira.Reply project(String key) {
        if (!projectKey.equals(key)) return FakeJira.Reply.json(404, errors("No project could be found with key '" + key + "'."));
        return ok(JSON.createObjectNode().put("id", "10000").put("key", projectKey).put("name", "Operations")
                .put("self", self() + "/project/10000"));
    }

    private FakeJira.Reply createMeta(String key, String typeId) {
        if (!projectKey.equals(key)) return FakeJira.Reply.json(404, errors("No project could be found with key '" + key + "'."));
        ObjectNode page = JSON.createObjectNode().put("maxResults", 200).put("startAt", 0);
        ArrayNode values = page.putArray(flavour == Flavour.DATA_CENTER ? "values" : typeId == null ? "issueTypes" : "fields");
        if (typeId == null) {
            values.addObject().put("id", "10001").put("name", "Task").put("subtask", false);
            values.addObject().put("id", "10002").put("name", "Bug").put("subtask", false);
        } else {
            field(values, "summary", "Summary", true);
            field(values, "issuetype", "Issue Type", true);
            field(values, "labels", "Labels", false);
            ArrayNode offered = field(values, "priority", "Priority", false).putArray("allowedValues");
            for (int p = 0; p < priorities.size(); p++) {
                offered.addObject().put("self", self() + "/priority/" + (p + 1)).put("id", String.valueOf(p + 1))
                        .put("name", priorities.get(p));
            }
            requiredFields.forEach((id, name) -> field(values, id, name, true));
            // Data Center's FieldMetaBean has no "key" (the contract check caught this).
            if (flavour == Flavour.DATA_CENTER) values.forEach(v -> ((ObjectNode) v).remove("key"));
        }
        return ok(page.put("total", values.size()));
    }

    private static ObjectNode field(ArrayNode values, String id, String name, boolean required) {
        ObjectNode f = values.addObject().put("fieldId", id).put("key", id).put("name", name)
                .put("required", required).put("hasDefaultValue", false);
        f.putArray("operations").add("set");
        f.putObject("schema").put("type", id.equals("labels") || id.equals("components") ? "array" : "string").put("system", id);
        return f;
    }

    private ObjectNode myself() {
        ObjectNode me = JSON.createObjectNode().put("self", self() + "/myself").put("displayName", "Punchlist Bot")
                .put("active", true);
        return flavour == Flavour.CLOUD ? me.put("accountId", "5b10a2844c20165700ede21g") : me.put("name", "punchlist");
    }

    private String self() {
        return "https://jira.example" + flavour.apiPrefix();
    }

    static ObjectNode errors(String message) {
        ObjectNode e = JSON.createObjectNode();
        e.putArray("errorMessages").add(message);
        e.putObject("errors");
        return e;
    }

    private static FakeJira.Reply ok(ObjectNode body) {
        return FakeJira.Reply.json(200, body);
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
