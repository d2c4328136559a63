package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * JQL search with both paging dialects: Cloud's {@code /search/jql} hands out a {@code nextPageToken}
 * (the old {@code /search} answers 410 there); Data Center's {@code /search} pages by {@code startAt}.
 * Results come from the search index, which lags behind writes by a moment.
 */
final class Searcher {
    static final int PAGE = 100;
    private final JiraHttp http;
    private final Flavour flavour;

    Searcher(JiraHttp http, Flavour flavour) {
        this.http = http;
        this.flavour = flavour;
    }

    /** Feeds every matching ticket to {@code sink}; returns how many there were. */
    int search(String jql, Consumer<JiraIssue> sink) {
        return flavour == Flavour.CLOUD ? byToken(jql, sink) : byOffset(jql, sink);
    }

    private int byToken(String jql, Consumer<JiraIssue> sink) {
        int seen = 0;
        String token = null;
        do {
            ObjectNode body = request(jql);
            if (token != null) body.put("nextPageToken", token);
            JsonNode page = post("/search/jql", body);
            seen += feed(page, sink);
            token = page.path("isLast").asBoolean(false) ? null : page.path("nextPageToken").asText(null);
        } while (token != null);
        return seen;
    }

    private int byOffset(String jql, Consumer<JiraIssue> sink) {
        int seen = 0;
        while (true) {
            JsonNode page = post("/search", request(jql).put("startAt", seen));
            int got = feed(page, sink);
            seen += got;
            if (got == 0 || seen >= page.path("total").asInt(0)) return seen;
        }
    }

    private ObjectNode request(String jql) {
        ObjectNode body = JiraHttp.JSON.createObjectNode().put("jql", jql).put("maxResults", PAGE);
        JiraIssue.FIELDS.forEach(body.putArray("fields")::add);
        return body;
    }

    // Search is a read, so POST here is safe to retry after a timeout.
    private JsonNode post(String path, ObjectNode body) {
        return http.send(new JiraHttp.Call("POST", flavour.apiPrefix() + path, body, true, java.util.Set.of())).body();
    }

    private static int feed(JsonNode page, Consumer<JiraIssue> sink) {
        page.path("issues").forEach(i -> sink.accept(JiraIssue.from(i)));
        return page.path("issues").size();
    }

    /** Quotes a value for JQL: double quotes, with backslashes and quotes escaped. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
