package dev.punchlist.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code fields} object Jira expects for creating or editing a ticket from a draft. */
final class IssueFields {
    /** Fields this class fills; connection checks flag any other required field. */
    static final Set<String> FILLED = Set.of("project", "issuetype", "summary", "description", "priority",
            "labels", "duedate", "parent", "reporter");

    private IssueFields() {
    }

    static ObjectNode forCreate(IssueDraft d, JiraSettings s) {
        ObjectNode f = forEdit(d, s);
        if (d.dueDate() == null) f.remove("duedate");
        f.putObject("project").put("key", s.projectKey());
        f.putObject("issuetype").put("name", s.issueTypeName());
        if (d.parentKey() != null) f.putObject("parent").put("key", d.parentKey());
        return f;
    }

    /** Fields punchlist owns on an existing ticket (a missing due date clears Jira's); status and assignee are the team's. */
    static ObjectNode forEdit(IssueDraft d, JiraSettings s) {
        ObjectNode f = JiraHttp.JSON.createObjectNode().put("summary", d.summary());
        f.set("description", Descriptions.render(d, s.flavour()));
        if (d.priorityName() != null) f.putObject("priority").put("name", d.priorityName());
        Set<String> labels = new LinkedHashSet<>(d.labels());
        labels.addAll(s.extraLabels());
        labels.forEach(f.putArray("labels")::add);
        // Leaving the field out would keep a date cleared in punchlist on the ticket; null clears it.
        if (d.dueDate() != null) f.put("duedate", d.dueDate().toString());
        else f.putNull("duedate");
        return f;
    }

    /** One element of {@code issueUpdates}; the property survives even if someone edits the labels away. */
    static ObjectNode createUpdate(IssueDraft d, JiraSettings s) {
        ObjectNode update = JiraHttp.JSON.createObjectNode();
        update.set("fields", forCreate(d, s));
        ObjectNode property = update.putArray("properties").addObject().put("key", "punchlist.item");
        property.putObject("value").put("itemId", d.itemId()).put("label", d.itemLabel());
        return update;
    }
}
