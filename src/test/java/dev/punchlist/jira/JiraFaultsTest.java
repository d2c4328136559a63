package dev.punchlist.jira;

import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, cases 2–4 and 6–9: each fault injected into the fake Jira, and what the sync makes of it. */
class JiraFaultsTest {
    private final SyncHarness h = new SyncHarness();

    @AfterEach
    void stop() {
        h.close();
    }

    private FakeIssues.Issue ticketOf(long itemId) {
        return h.fake.api.issues.get(h.status(itemId).issueKey());
    }

    private String categoryOf(long itemId) {
        return h.fake.api.issues.workflow.get(ticketOf(itemId).status).categoryKey();
    }

    @Test
    void a_workflow_without_an_in_progress_status_links_every_created_ticket_and_a_second_push_duplicates_none() {
        h.fake.api.issues.workflow = FakeIssues.TODO_DONE;
        h.items(59);
        long inProgress = h.items(1, "in_progress", null, "Started ").get(59);

        var first = h.pushAndDrain();

        assertThat(first.created()).isEqualTo(60);
        h.assertOneTicketPerItemAndEveryItemAccountedFor(60);
        var refused = h.status(inProgress);
        assertThat(refused.state()).isEqualTo("failed");
        assertThat(refused.issueKey()).as("linked all the same").isNotNull();
        assertThat(refused.reason()).contains("indeterminate");
        assertThat(h.sync.status("PAY")).filteredOn(s -> s.state().equals("synced")).hasSize(59);

        h.pushAndDrain();
        h.drainAfter(Duration.ofHours(2));

        h.assertOneTicketPerItemAndEveryItemAccountedFor(60);
        assertThat(h.bulkCalls()).isEqualTo(2);
    }

    @Test
    void a_move_that_fails_for_now_after_create_is_retried_on_its_own() {
        long id = h.items(1, "in_progress", null, "Started ").get(0);
        h.fake.inject(FakeJira.Fault.status("POST", "/transitions", 503, null));

        h.pushAndDrain();

        var waiting = h.status(id);
        assertThat(waiting.issueKey()).isNotNull();
        assertThat(waiting.state()).isEqualTo("pending");
        assertThat(waiting.reason()).contains("moving it failed");
        assertThat(waiting.nextRetryAt()).isNotNull();
        assertThat(categoryOf(id)).isEqualTo("new");

        var retried = h.drainAfter(Duration.ofMinutes(2));

        assertThat(retried.transitioned()).isEqualTo(1);
        assertThat(categoryOf(id)).isEqualTo("indeterminate");
        assertThat(h.status(id).state()).isEqualTo("synced");
        assertThat(h.bulkCalls()).isEqualTo(1);
    }

    @Test
    void an_item_in_progress_at_its_first_push_is_not_reverted_by_the_tickets_own_creation() {
        long id = h.items(1, "in_progress", null, "Started ").get(0);
        h.fake.inject(FakeJira.Fault.status("POST", "/transitions", 503, null));
        h.pushAndDrain();
        assertThat(categoryOf(id)).isEqualTo("new");

        h.clock.advance(Duration.ofSeconds(5));
        var pulled = h.inbound.pull("PAY");

        assertThat(pulled.changed()).isZero();
        assertThat(h.app.app().items().get(id).status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void clearing_a_due_date_reaches_jira_and_a_later_edit_in_jira_does_not_bring_it_back() {
        long id = h.items(1, "todo", LocalDate.parse("2026-03-01"), "Dated ").get(0);
        h.pushAndDrain();
        assertThat(ticketOf(id).fields.path("duedate").asText()).isEqualTo("2026-03-01");

        h.app.app().items().update(id, null, new ItemPatch(null, null, null, new ItemPatch.Value<>(null), null, null,
                null, null, null, null), Actor.user("lead"));
        assertThat(h.sync.plan("PAY", Selection.allOpen())).extracting(p -> p.action()).containsExactly("update");
        h.pushAndDrain();

        assertThat(ticketOf(id).fields.has("duedate")).isFalse();
        ticketOf(id).updated = Instant.now().plusSeconds(60); // someone comments on the ticket in Jira
        h.inbound.pull("PAY");
        assertThat(h.app.app().items().get(id).due()).isNull();
        assertThat(h.sync.plan("PAY", Selection.allOpen())).extracting(p -> p.action()).containsExactly("unchanged");
    }

    @Test
    void a_refused_write_stays_the_projects_problem_through_a_successful_pull_until_the_settings_are_saved() {
        List<Long> ids = h.items(3);
        h.fake.api.rejectLabels.put(IssueDraft.itemLabel("PAY", String.valueOf(ids.get(1))), "The priority selected is invalid.");
        h.pushAndDrain();
        assertThat(h.store.find("PAY").orElseThrow().problem()).contains("priority");

        assertThat(h.inbound.pull("PAY").problem()).isNull();

        assertThat(h.store.find("PAY").orElseThrow().problem()).contains("priority");
        h.configure(null);
        assertThat(h.store.find("PAY").orElseThrow().problem()).isNull();
    }

    @Test
    void the_connection_test_names_priorities_the_project_lacks_and_a_mapping_to_its_own_makes_pushes_work() {
        h.fake.api.priorities = List.of("P1", "P2", "P3", "P4", "P5");
        JiraClient client = client(h.fake, new RecordingSleeper());

        List<String> problems = client.testConnection();

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("'Highest'", "critical", "P1, P2, P3, P4, P5");
        Map<String, String> mapping = Map.of("critical", "P1", "high", "P2", "medium", "P3", "low", "P4");
        h.configure(mapping);
        JiraSettings mapped = h.store.settings("PAY");
        assertThat(JiraClient.testConnection(mapped, credentials(Flavour.CLOUD), options(new RecordingSleeper()))).isEmpty();
        long id = h.items(1).get(0);
        h.pushAndDrain();
        assertThat(ticketOf(id).fields.path("priority").path("name").asText()).isEqualTo("P2");
        h.assertOneTicketPerItemAndEveryItemAccountedFor(1);
    }

    @Test
    void a_title_with_line_breaks_is_sent_as_a_one_line_summary() {
        long id = h.items(1, "todo", null, "Rotate the key\r\nand revoke the old one ").get(0);

        h.pushAndDrain();

        assertThat(h.status(id).state()).isEqualTo("synced");
        assertThat(ticketOf(id).fields.path("summary").asText()).isEqualTo("Rotate the key and revoke the old one 0");
    }

    @Test
    void a_missing_required_field_is_not_retried_and_shows_as_the_projects_problem() {
        h.items(3);
        h.fake.api.requiredFields.put("customfield_10010", "Team");

        var report = h.pushAndDrain();

        assertThat(report.failed()).isEqualTo(3);
        assertThat(h.sync.status("PAY")).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo("failed");
            assertThat(s.reason()).contains("Team is required");
            assertThat(s.nextRetryAt()).as("waits for a change, not for a time").isNull();
        });
        JiraSettingsStore.View view = h.store.find("PAY").orElseThrow();
        assertThat(view.problem()).contains("Team is required");
        h.drainAfter(Duration.ofHours(3));
        assertThat(h.bulkCalls()).as("not retried").isEqualTo(1);
    }
}
