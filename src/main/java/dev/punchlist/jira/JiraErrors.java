package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Turns Jira's ErrorCollection ({@code errorMessages} + {@code errors} per field) into one readable line. */
final class JiraErrors {
    private JiraErrors() {
    }

    static String describe(JsonNode errorCollection) {
        List<String> parts = new ArrayList<>();
        errorCollection.path("errorMessages").forEach(m -> parts.add(m.asText()));
        errorCollection.path("errors").fields().forEachRemaining(e -> parts.add(e.getKey() + ": " + e.getValue().asText()));
        return parts.isEmpty() ? "no details given" : String.join("; ", parts);
    }

    /** The plain-words explanation of a configuration error, by HTTP status. */
    static String explain(int status, String method, String path, JsonNode body) {
        String details = describe(body);
        return switch (status) {
            case 401 -> "Jira did not accept the credentials (401): check the e-mail and API token (Cloud) "
                    + "or the personal access token (Data Center).";
            case 403 -> "The Jira account is not allowed to do this (403, " + method + " " + path + "): "
                    + "grant it the project permissions it needs. Jira said: " + details;
            case 404 -> "Jira has nothing at " + path + " (404): the project, issue or site URL is wrong, "
                    + "or the account cannot see it. Jira said: " + details;
            default -> "Jira rejected " + method + " " + path + " (" + status + "): " + details;
        };
    }
}
