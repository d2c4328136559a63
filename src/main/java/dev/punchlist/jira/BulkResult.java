package dev.punchlist.jira;

import java.util.List;

/** Per-draft outcomes of {@link JiraClient#createBulk(List)}, in the order the drafts were given. */
public record BulkResult(List<CreateOutcome> outcomes, int createCalls) {

    public BulkResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<CreateOutcome> of(CreateOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).toList();
    }
}
