package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Moves a ticket to a status category. Transition ids differ per project and workflow and can change
 * whenever an admin edits the workflow, so they are looked up on every call and never stored.
 */
final class Transitions {
    private final JiraHttp http;
    private final Flavour flavour;
    private final IssueReader reader;

    Transitions(JiraHttp http, Flavour flavour, IssueReader reader) {
        this.http = http;
        this.flavour = flavour;
        this.reader = reader;
    }

    boolean toCategory(String key, String categoryKey) {
        String path = flavour.apiPrefix() + "/issue/" + IssueReader.encode(key) + "/transitions";
        Optional<String> id = pick(http.send(JiraHttp.Call.get(path)).body(), categoryKey);
        if (id.isEmpty()) return alreadyThere(key, categoryKey);
        ObjectNode body = JiraHttp.JSON.createObjectNode();
        body.putObject("transition").put("id", id.get());
        http.send(JiraHttp.Call.write("POST", path, body));
        return true;
    }

    private static Optional<String> pick(JsonNode transitions, String categoryKey) {
        for (JsonNode t : transitions.path("transitions")) {
            if (categoryKey.equals(t.path("to").path("statusCategory").path("key").asText())) {
                return Optional.of(t.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private boolean alreadyThere(String key, String categoryKey) {
        JiraIssue issue = reader.get(key).orElseThrow(() ->
                new JiraConfigException(404, "Ticket " + key + " no longer exists in Jira."));
        if (categoryKey.equals(issue.statusCategoryKey())) return false;
        throw new JiraConfigException(409, "Ticket " + key + " is in status '" + issue.statusName()
                + "' and its workflow offers no transition to a '" + categoryKey + "' status.");
    }
}
