package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Walks myself → project → issue type → fields and explains each problem in plain words: required fields
 * punchlist does not fill, and priorities in the settings that the project's scheme does not offer.
 */
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
        List<JsonNode> fields = values(page, "fields");
        if (fields.stream().noneMatch(f -> "priority".equals(f.path("fieldId").asText()))) {
            problems.add("The " + s.issueTypeName() + " create screen of " + s.projectKey() + " has no Priority field, "
                    + "but punchlist sets one on every ticket. Add the field to the screen in Jira.");
        }
        for (JsonNode f : fields) {
            String id = f.path("fieldId").asText(f.path("key").asText());
            if (id.equals("priority")) checkPriorities(f, problems);
            if (f.path("required").asBoolean() && !f.path("hasDefaultValue").asBoolean()
                    && !IssueFields.FILLED.contains(id)) {
                problems.add("Jira requires the field '" + f.path("name").asText(id) + "' (" + id + ") on "
                        + s.issueTypeName() + " tickets in " + s.projectKey() + ", and punchlist does not fill it. "
                        + "Give it a default value in Jira or make it optional.");
            }
        }
    }

    /** Every severity must map to a priority the project offers, or every create of that severity is refused. */
    private void checkPriorities(JsonNode field, List<String> problems) {
        List<String> offered = new ArrayList<>();
        field.path("allowedValues").forEach(v -> offered.add(v.path("name").asText()));
        if (offered.isEmpty()) return; // Jira did not list them: nothing to compare with
        JiraSettings.SEVERITIES.stream().filter(sev -> offered.stream().noneMatch(o -> o.equalsIgnoreCase(s.priorityFor(sev))))
                .forEach(sev -> problems.add("Priority '" + s.priorityFor(sev) + "' (for severity " + sev
                        + ") does not exist in " + s.projectKey() + ", which offers: " + String.join(", ", offered)
                        + ". Map each severity to one of these in the settings' priorities."));
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
