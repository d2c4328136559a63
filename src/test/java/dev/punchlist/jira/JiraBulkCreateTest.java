package dev.punchlist.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

class JiraBulkCreateTest {
    private FakeJira fake;

    @AfterEach
    void stop() {
        fake.close();
        fake.assertContractKept();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void bulkCreateOf120DraftsMakes3CallsAndMapsEveryTicketByLabelEvenWhenJiraShufflesTheOrder(Flavour flavour) {
        fake = fake(flavour);
        fake.api.shuffle = true;
        List<IssueDraft> drafts = drafts(120);

        BulkResult result = client(fake, new RecordingSleeper()).createBulk(drafts);

        assertThat(result.createCalls()).isEqualTo(3);
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(3);
        assertThat(result.of(CreateOutcome.Kind.CREATED)).hasSize(120);
        for (CreateOutcome o : result.outcomes()) {
            FakeIssues.Issue ticket = fake.api.issues.get(o.key());
            assertThat(ticket.labels()).contains(o.draft().itemLabel());
            assertThat(ticket.id).isEqualTo(o.id());
        }
        assertThat(result.outcomes()).extracting(o -> o.draft().itemId())
                .containsExactlyElementsOf(drafts.stream().map(IssueDraft::itemId).toList());
    }

    @Test
    void aPartialFailureReportsTheFailedItemsWithJirasMessageAndMapsTheRest() {
        fake = fake(Flavour.CLOUD);
        fake.api.shuffle = true;
        fake.api.rejectLabels.put(draft("7").itemLabel(), "The priority selected is invalid.");
        fake.api.rejectLabels.put(draft("42").itemLabel(), "The priority selected is invalid.");

        BulkResult result = client(fake, new RecordingSleeper()).createBulk(drafts(60));

        assertThat(result.of(CreateOutcome.Kind.FAILED)).extracting(o -> o.draft().itemId()).containsExactly("7", "42");
        assertThat(result.of(CreateOutcome.Kind.FAILED)).allSatisfy(o ->
                assertThat(o.reason()).contains("priority: The priority selected is invalid."));
        assertThat(result.of(CreateOutcome.Kind.CREATED)).hasSize(58)
                .allSatisfy(o -> assertThat(fake.api.issues.get(o.key()).labels()).contains(o.draft().itemLabel()));
    }

    @Test
    void aChunkWhereEveryDraftFailsIsReportedPerDraftNotThrown() {
        fake = fake(Flavour.DATA_CENTER);
        fake.api.requiredFields.put("components", "Component/s");

        BulkResult result = client(fake, new RecordingSleeper()).createBulk(drafts(3));

        assertThat(result.of(CreateOutcome.Kind.FAILED)).hasSize(3)
                .allSatisfy(o -> assertThat(o.reason()).contains("components: Component/s is required."));
    }

    @Test
    void everyCreatedTicketCarriesTheItemLabelTheExtraLabelsAndTheItemProperty() {
        fake = fake(Flavour.CLOUD);
        var settings = new JiraSettings(java.net.URI.create(fake.url()), Flavour.CLOUD, PROJECT, "Task", null,
                List.of("security-audit"), null, null);
        var client = new JiraClient(settings, credentials(Flavour.CLOUD), options(new RecordingSleeper()));

        CreateOutcome o = client.createBulk(List.of(draft("9"))).outcomes().get(0);

        Set<String> labels = fake.api.issues.get(o.key()).labels().stream().collect(Collectors.toSet());
        assertThat(labels).containsExactlyInAnyOrder("punchlist-ops-9", "security-audit");
    }
}
