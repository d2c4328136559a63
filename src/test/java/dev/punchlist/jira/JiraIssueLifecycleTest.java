package dev.punchlist.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

class JiraIssueLifecycleTest {
    private FakeJira fake;

    @AfterEach
    void stop() {
        fake.close();
        fake.assertContractKept();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void transitionsAreLookedUpEachTimeSoRenumberedIdsStillWork(Flavour flavour) {
        fake = fake(flavour);
        fake.api.renumberTransitions = true;
        JiraClient client = client(fake, new RecordingSleeper());
        String key = client.createBulk(List.of(draft("1"))).outcomes().get(0).key();

        assertThat(client.transitionToCategory(key, "indeterminate")).isTrue();
        assertThat(client.transitionToCategory(key, "done")).isTrue();
        assertThat(client.transitionToCategory(key, "done")).as("already done").isFalse();

        assertThat(fake.calls("GET", "/transitions")).isEqualTo(3);
        JiraIssue issue = client.getIssue(key).orElseThrow();
        assertThat(issue.statusName()).isEqualTo("Done");
        assertThat(issue.statusCategoryKey()).isEqualTo("done");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void getIssueReturnsTheFieldsAWorkerKeepsInStepAndEmptyForAnUnknownKey(Flavour flavour) {
        fake = fake(flavour);
        JiraClient client = client(fake, new RecordingSleeper());
        String key = client.createBulk(List.of(draft("5"))).outcomes().get(0).key();
        client.updateFields(key, Map.of("priority", Map.of("name", "Highest")));

        JiraIssue issue = client.getIssue(key).orElseThrow();

        assertThat(issue.key()).isEqualTo(key);
        assertThat(issue.priorityName()).isEqualTo("Highest");
        assertThat(issue.statusCategoryKey()).isEqualTo("new");
        assertThat(issue.labels()).contains("punchlist-ops-5");
        assertThat(issue.updated()).isNotNull();
        assertThat(client.getIssue("OPS-4040")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void reconciliationSearchPagesThroughEveryMatchingTicketInBothDialects(Flavour flavour) {
        fake = fake(flavour);
        JiraClient client = client(fake, new RecordingSleeper());
        client.createBulk(drafts(230));
        List<JiraIssue> seen = new ArrayList<>();

        int count = client.searchUpdatedSince(Instant.now().minusSeconds(3600), seen::add);

        assertThat(count).isEqualTo(230);
        assertThat(seen).extracting(JiraIssue::key).doesNotHaveDuplicates().hasSize(230);
        assertThat(fake.calls("POST", flavour == Flavour.CLOUD ? "/search/jql" : "/search")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void updateFromDraftRewritesSummaryAndDescriptionInTheFlavoursFormat(Flavour flavour) {
        fake = fake(flavour);
        JiraClient client = client(fake, new RecordingSleeper());
        String key = client.createBulk(List.of(draft("3"))).outcomes().get(0).key();
        IssueDraft changed = new IssueDraft(PROJECT, "3", "New summary", "new detail", List.of(), null, null, "Low",
                List.of(), java.time.LocalDate.of(2026, 3, 1), null);

        client.updateFromDraft(key, changed);

        var fields = fake.api.issues.get(key).fields;
        assertThat(fields.path("summary").asText()).isEqualTo("New summary");
        assertThat(fields.path("duedate").asText()).isEqualTo("2026-03-01");
        assertThat(fields.path("description").isObject()).isEqualTo(flavour == Flavour.CLOUD);
    }
}
