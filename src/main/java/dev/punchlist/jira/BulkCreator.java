package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates tickets 50 at a time and maps each created ticket back to its draft by the draft's label,
 * never by its position in Jira's answer (the order of {@code issues[]} is not promised).
 */
final class BulkCreator {
    /** Jira's limit for {@code issueUpdates} in one bulk call. */
    static final int CHUNK = 50;

    private final JiraHttp http;
    private final JiraSettings settings;
    private final IssueReader reader;

    BulkCreator(JiraHttp http, JiraSettings settings, IssueReader reader) {
        this.http = http;
        this.settings = settings;
        this.reader = reader;
    }

    BulkResult create(List<IssueDraft> drafts) {
        List<CreateOutcome> outcomes = new ArrayList<>();
        int calls = 0;
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            outcomes.addAll(createChunk(drafts.subList(from, Math.min(from + CHUNK, drafts.size()))));
            calls++;
        }
        return new BulkResult(outcomes, calls);
    }

    private List<CreateOutcome> createChunk(List<IssueDraft> chunk) {
        JsonNode answer;
        try {
            answer = http.send(JiraHttp.Call.write("POST", settings.flavour().apiPrefix() + "/issue/bulk", payload(chunk))
                    .accepting(400)).body();
        } catch (JiraAmbiguousException | JiraUnavailableException e) {
            // A 5xx or timeout may still have created tickets; a lookup is cheap, a duplicate is not.
            return chunk.stream().map(d -> CreateOutcome.ambiguous(d, e.getMessage())).toList();
        }
        if (!answer.has("issues") && !answer.has("errors")) {
            throw new JiraConfigException(400, "Jira rejected the whole bulk create: " + JiraErrors.describe(answer));
        }
        return outcomes(chunk, answer);
    }

    private ObjectNode payload(List<IssueDraft> chunk) {
        ObjectNode body = JiraHttp.JSON.createObjectNode();
        var updates = body.putArray("issueUpdates");
        chunk.forEach(d -> updates.add(IssueFields.createUpdate(d, settings)));
        return body;
    }

    private List<CreateOutcome> outcomes(List<IssueDraft> chunk, JsonNode answer) {
        // failedElementNumber indexes the request we sent, which is ours and stable.
        Map<Integer, String> failures = new HashMap<>();
        answer.path("errors").forEach(e -> failures.put(e.path("failedElementNumber").asInt(-1),
                JiraErrors.describe(e.path("elementErrors"))));
        Map<String, JiraIssue> byLabel;
        String unmapped = "Jira answered, but no created ticket carries label ";
        try {
            byLabel = createdByLabel(answer.path("issues"));
        } catch (JiraUnavailableException | JiraAmbiguousException e) {
            // The tickets exist but cannot be told apart yet: each draft is looked up by its label later.
            byLabel = Map.of();
            unmapped = "Jira created " + answer.path("issues").size() + " tickets but reading them back failed ("
                    + e.getMessage() + "); looking for label ";
        }
        List<CreateOutcome> out = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) out.add(outcome(chunk.get(i), failures.get(i), byLabel, unmapped));
        return out;
    }

    private static CreateOutcome outcome(IssueDraft d, String failure, Map<String, JiraIssue> byLabel, String unmapped) {
        JiraIssue issue = byLabel.get(d.itemLabel());
        if (issue != null) return CreateOutcome.created(d, issue.key(), issue.id());
        if (failure != null) return CreateOutcome.failed(d, failure);
        return CreateOutcome.ambiguous(d, unmapped + d.itemLabel());
    }

    /** The bulk answer carries only id/key/self, so read the labels of the created tickets back. */
    private Map<String, JiraIssue> createdByLabel(JsonNode created) {
        List<String> keys = new ArrayList<>();
        created.forEach(c -> keys.add(c.path("key").asText()));
        Map<String, JiraIssue> byLabel = new LinkedHashMap<>();
        for (JiraIssue issue : reader.readAll(keys)) {
            issue.labels().stream().filter(l -> l.startsWith("punchlist-")).forEach(l -> byLabel.put(l, issue));
        }
        return byLabel;
    }
}
