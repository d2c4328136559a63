package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The fake's in-memory issues and their workflow: To Do → In Progress → Done, or any other list of statuses
 * (a project whose workflow lacks a status category).
 */
final class FakeIssues {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** A workflow status and the key of its category. */
    record Status(String id, String name, String categoryKey, int categoryId) {
        ObjectNode json() {
            ObjectNode s = JSON.createObjectNode().put("id", id).put("name", name);
            s.putObject("statusCategory").put("id", categoryId).put("key", categoryKey).put("name", name);
            return s;
        }
    }

    static final List<Status> WORKFLOW = List.of(new Status("10000", "To Do", "new", 2),
            new Status("3", "In Progress", "indeterminate", 4), new Status("10001", "Done", "done", 3));

    /** A workflow with only To Do and Done, as many simple Jira projects have. */
    static final List<Status> TODO_DONE = List.of(WORKFLOW.get(0), WORKFLOW.get(2));

    final class Issue {
        final String id;
        final String key;
        final ObjectNode fields;
        volatile Instant indexedAt;
        /** Index into the workflow. */
        volatile int status;
        final Instant created;
        volatile Instant updated;

        Issue(String id, String key, ObjectNode fields, Instant indexedAt, Instant created) {
            this.id = id;
            this.key = key;
            this.fields = fields;
            this.indexedAt = indexedAt;
            this.created = created;
            this.updated = created;
        }

        synchronized ObjectNode json(String base) {
            ObjectNode f = fields.deepCopy();
            f.set("status", workflow.get(status).json());
            f.put("created", JIRA_TIME.format(created.atOffset(ZoneOffset.UTC)));
            f.put("updated", JIRA_TIME.format(updated.atOffset(ZoneOffset.UTC)));
            ObjectNode out = JSON.createObjectNode().put("id", id).put("key", key).put("self", base + "/issue/" + id);
            out.set("fields", f);
            return out;
        }

        List<String> labels() {
            List<String> out = new ArrayList<>();
            fields.path("labels").forEach(l -> out.add(l.asText()));
            return out;
        }
    }

    private final Map<String, Issue> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String projectKey;
    volatile Duration indexLag = Duration.ZERO;
    volatile List<Status> workflow = WORKFLOW;

    FakeIssues(String projectKey) {
        this.projectKey = projectKey;
    }

    Issue create(JsonNode fields) {
        int n = sequence.incrementAndGet();
        Instant now = Instant.now();
        Issue issue = new Issue(String.valueOf(10000 + n), projectKey + "-" + n, (ObjectNode) fields.deepCopy(),
                now.plus(indexLag), now);
        byKey.put(issue.key, issue);
        return issue;
    }

    Issue get(String keyOrId) {
        Issue i = byKey.get(keyOrId);
        return i != null ? i : byKey.values().stream().filter(x -> x.id.equals(keyOrId)).findFirst().orElse(null);
    }

    /** What a JQL search sees: only issues the (lagging) index already knows about. */
    List<Issue> searchable(Predicate<Issue> filter) {
        Instant now = Instant.now();
        return byKey.values().stream().filter(i -> !i.indexedAt.isAfter(now)).filter(filter)
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.id), Integer.parseInt(b.id))).toList();
    }

    List<Issue> all() {
        return List.copyOf(byKey.values());
    }

    /** The search index catches up at once (tests that must not depend on wall-clock timing). */
    void catchUpIndex() {
        Instant now = Instant.now();
        byKey.values().forEach(i -> i.indexedAt = now);
    }

    /** Punchlist's item labels carried by more than one ticket. */
    long duplicates() {
        Map<String, Long> perLabel = new java.util.HashMap<>();
        byKey.values().forEach(i -> i.labels().stream().filter(l -> l.startsWith("punchlist-"))
                .forEach(l -> perLabel.merge(l, 1L, Long::sum)));
        return perLabel.values().stream().filter(n -> n > 1).count();
    }

    long withLabel(String label) {
        return byKey.values().stream().filter(i -> i.labels().contains(label)).count();
    }
}
