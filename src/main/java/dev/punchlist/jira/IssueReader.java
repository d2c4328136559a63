package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads tickets by key. Reading by key is not subject to the search index lag, which is why created
 * tickets are re-read this way rather than found by JQL.
 */
final class IssueReader {
    private static final int BULK_FETCH_LIMIT = 100;
    private final JiraHttp http;
    private final Flavour flavour;

    IssueReader(JiraHttp http, Flavour flavour) {
        this.http = http;
        this.flavour = flavour;
    }

    Optional<JiraIssue> get(String key) {
        String path = flavour.apiPrefix() + "/issue/" + encode(key) + "?fields=" + String.join(",", JiraIssue.FIELDS);
        JiraHttp.Answer a = http.send(JiraHttp.Call.get(path).accepting(404));
        return a.status() == 404 ? Optional.empty() : Optional.of(JiraIssue.from(a.body()));
    }

    /** Cloud has a bulk fetch (100 keys per call); Data Center has none, so it reads one by one. */
    List<JiraIssue> readAll(List<String> keys) {
        List<JiraIssue> out = new ArrayList<>();
        if (flavour == Flavour.DATA_CENTER) {
            keys.forEach(k -> get(k).ifPresent(out::add));
            return out;
        }
        for (int from = 0; from < keys.size(); from += BULK_FETCH_LIMIT) {
            bulkFetch(keys.subList(from, Math.min(from + BULK_FETCH_LIMIT, keys.size()))).forEach(out::add);
        }
        return out;
    }

    private List<JiraIssue> bulkFetch(List<String> keys) {
        ObjectNode body = JiraHttp.JSON.createObjectNode();
        keys.forEach(body.putArray("issueIdsOrKeys")::add);
        JiraIssue.FIELDS.forEach(body.putArray("fields")::add);
        JsonNode answer = http.send(new JiraHttp.Call("POST", flavour.apiPrefix() + "/issue/bulkfetch", body, true,
                java.util.Set.of())).body();
        List<JiraIssue> out = new ArrayList<>();
        answer.path("issues").forEach(i -> out.add(JiraIssue.from(i)));
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
