package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Walks myself → project → issue type → required fields and explains each problem in plain words. */
final class ConnectionCheck {
    private final JiraHttp http;
    private final JiraSettings s;
    private final String api;

    ConnectionCheck(JiraHttp http, JiraSettings settings) {
        this.http = http;
        this.s = settings;
        this.api = settings.flavour().apiPrefix();
    }

    List<String> run() {
        List<String> problems = new ArrayList<>();
        try {
            http.send(JiraHttp.Call.get(api + "/myself"));
            if (!projectExists(problems)) return problems;
            issueTypeId(problems).ifPresent(id -> checkFields(id, problems));
        } catch (JiraConfigException e) {
            problems.add(e.getMessage());
        } catch (JiraUnavailableException | JiraAmbiguousException e) {
            problems.add("Could not reach Jira at " + s.siteUrl() + ": " + e.getMessage());
        }
        return problems;
    }

    private boolean projectExists(List<String> problems) {
        var a = http.send(JiraHttp.Call.get(api + "/project/" + IssueReader.encode(s.projectKey())).accepting(404));
        if (a.status() == 404) {
            problems.add("Project " + s.projectKey() + " does not exist on " + s.siteUrl()
                    + ", or this account cannot see it. Check the project key.");
        }
        return a.status() != 404;
    }

    private Optional<String> issueTypeId(List<String> problems) {
        JsonNode page = http.send(JiraHttp.Call.get(createmeta("") + "?maxResults=200")).body();
        List<String> names = new ArrayList<>();
        for (JsonNode t : values(page, "issueTypes")) {
            if (t.path("name").asText().equalsIgnoreCase(s.issueTypeName())) return Optional.of(t.path("id").asText());
            names.add(t.path("name").asText());
        }
        problems.add("Project " + s.projectKey() + " has no issue type named '" + s.issueTypeName()
                + "'. It offers: " + String.join(", ", names) + ".");
        return Optional.empty();
    }

    private void checkFields(String typeId, List<String> problems) {
        JsonNode page = http.send(JiraHttp.Call.get(createmeta("/" + typeId) + "?maxResults=200")).body();
        for (JsonNode f : values(page, "fields")) {
            String id = f.path("fieldId").asText(f.path("key").asText());
            if (f.path("required").asBoolean() && !f.path("hasDefaultValue").asBoolean()
                    && !IssueFields.FILLED.contains(id)) {
                problems.add("Jira requires the field '" + f.path("name").asText(id) + "' (" + id + ") on "
                        + s.issueTypeName() + " tickets in " + s.projectKey() + ", and punchlist does not fill it. "
                        + "Give it a default value in Jira or make it optional.");
            }
        }
    }

    private String createmeta(String tail) {
        return api + "/issue/createmeta/" + IssueReader.encode(s.projectKey()) + "/issuetypes" + tail;
    }

    /** Cloud names the page's array ({@code issueTypes}, {@code fields}); Data Center calls it {@code values}. */
    private static List<JsonNode> values(JsonNode page, String cloudName) {
        JsonNode array = page.has(cloudName) ? page.get(cloudName) : page.path("values");
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
