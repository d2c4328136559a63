package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The few facts about a ticket that punchlist keeps in step with its item.
 *
 * @param created when the ticket was made; may be null if Jira did not say
 */
public record JiraIssue(String key, String id, String statusName, String statusCategoryKey, String priorityName,
                        List<String> labels, LocalDate dueDate, OffsetDateTime created, OffsetDateTime updated) {

    /** Fields to request when reading issues, so answers stay small. */
    static final List<String> FIELDS = List.of("status", "priority", "labels", "duedate", "created", "updated");

    // Jira writes offsets without a colon (2024-01-02T10:11:12.000+0000).
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]").appendPattern("[XXX][XX]").toFormatter();

    static JiraIssue from(JsonNode issue) {
        JsonNode f = issue.path("fields");
        List<String> labels = new ArrayList<>();
        f.path("labels").forEach(l -> labels.add(l.asText()));
        String updated = f.path("updated").asText(null);
        String created = f.path("created").asText(null);
        String due = f.path("duedate").asText(null);
        return new JiraIssue(issue.path("key").asText(), issue.path("id").asText(),
                f.path("status").path("name").asText(null),
                f.path("status").path("statusCategory").path("key").asText(null),
                f.path("priority").path("name").asText(null), List.copyOf(labels),
                due == null || due.isBlank() ? null : LocalDate.parse(due),
                created == null ? null : OffsetDateTime.parse(created, JIRA_TIME),
                updated == null ? null : OffsetDateTime.parse(updated, JIRA_TIME));
    }

    /** True while nobody has changed the ticket since it was made: its creation is not a change made in Jira. */
    public boolean untouchedSinceCreated() {
        return created != null && updated != null && !updated.isAfter(created);
    }
}
