package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.punchlist.jira.FakeIssues.JSON;

/**
 * JQL search over the fake's issues, just enough of it: {@code labels = "x"}, {@code updated >= "..."},
 * anything else ignored. Issues created within the index lag are not found yet, as in real Jira.
 */
final class FakeJiraSearch {
    private static final Pattern LABEL = Pattern.compile("labels\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern UPDATED = Pattern.compile("updated\\s*>=\\s*\"([^\"]+)\"");
    private static final DateTimeFormatter JQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final FakeIssues issues;
    private final Flavour flavour;

    FakeJiraSearch(FakeIssues issues, Flavour flavour) {
        this.issues = issues;
        this.flavour = flavour;
    }

    /** Cloud {@code /search/jql}: an opaque {@code nextPageToken}, {@code isLast}, no total. */
    ObjectNode cloud(JsonNode request) {
        List<FakeIssues.Issue> all = issues.searchable(filter(request.path("jql").asText()));
        int start = request.hasNonNull("nextPageToken") ? Integer.parseInt(request.get("nextPageToken").asText()) : 0;
        int end = Math.min(all.size(), start + request.path("maxResults").asInt(50));
        ObjectNode page = JSON.createObjectNode().put("isLast", end >= all.size());
        if (end < all.size()) page.put("nextPageToken", String.valueOf(end));
        var list = page.putArray("issues");
        all.subList(start, end).forEach(i -> list.add(i.json(self())));
        return page;
    }

    /** Data Center {@code /search}: {@code startAt}, {@code maxResults}, {@code total}. */
    ObjectNode dataCenter(JsonNode request) {
        List<FakeIssues.Issue> all = issues.searchable(filter(request.path("jql").asText()));
        int start = Math.min(all.size(), request.path("startAt").asInt(0));
        int max = request.path("maxResults").asInt(50);
        int end = Math.min(all.size(), start + max);
        ObjectNode page = JSON.createObjectNode().put("startAt", start).put("maxResults", max).put("total", all.size());
        var list = page.putArray("issues");
        all.subList(start, end).forEach(i -> list.add(i.json(self())));
        return page;
    }

    private static Predicate<FakeIssues.Issue> filter(String jql) {
        Predicate<FakeIssues.Issue> p = i -> true;
        Matcher label = LABEL.matcher(jql);
        if (label.find()) {
            String wanted = label.group(1);
            p = p.and(i -> i.labels().contains(wanted));
        }
        Matcher updated = UPDATED.matcher(jql);
        if (updated.find()) {
            var since = LocalDateTime.parse(updated.group(1), JQL_TIME).toInstant(ZoneOffset.UTC);
            p = p.and(i -> !i.updated.isBefore(since));
        }
        return p;
    }

    private String self() {
        return "https://jira.example" + flavour.apiPrefix();
    }
}
