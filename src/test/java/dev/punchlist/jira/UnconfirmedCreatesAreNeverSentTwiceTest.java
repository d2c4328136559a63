package dev.punchlist.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, cases 1 and 5 and the two ways past a single lookup: a create Jira may have carried out (5xx, timeout,
 * a late apply, a lagging index, an outage of the read-back) is looked up by label, never sent again early.
 */
class UnconfirmedCreatesAreNeverSentTwiceTest {
    private final SyncHarness h = new SyncHarness();

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_bulk_create_jira_carried_out_but_answered_503_is_adopted_by_label_not_sent_again() {
        h.items(120);
        h.fake.inject(FakeJira.Fault.statusAfterWork("POST", "/issue/bulk", 503));

        var first = h.pushAndDrain();
        assertThat(first.created()).isEqualTo(70);
        assertThat(first.deferred()).isEqualTo(50);
        h.assertOneTicketPerItemAndEveryItemAccountedFor(120);

        var second = h.drainAfter(Duration.ofSeconds(31));

        assertThat(second.adopted()).isEqualTo(50);
        assertThat(h.bulkCalls()).isEqualTo(3);
        h.assertOneTicketPerItemAndEveryItemAccountedFor(120);
        assertThat(h.sync.status("PAY")).allMatch(s -> s.state().equals("synced"));
    }

    @Test
    void on_data_center_too_a_create_answered_502_after_the_work_is_adopted_not_sent_again() {
        try (SyncHarness dc = new SyncHarness(Flavour.DATA_CENTER)) {
            dc.items(60);
            dc.fake.inject(FakeJira.Fault.statusAfterWork("POST", "/issue/bulk", 502));

            dc.pushAndDrain();
            dc.drainAfter(Duration.ofSeconds(31));

            assertThat(dc.bulkCalls()).isEqualTo(2);
            dc.assertOneTicketPerItemAndEveryItemAccountedFor(60);
            assertThat(dc.sync.status("PAY")).allMatch(s -> s.state().equals("synced"));
        }
    }

    @Test
    void a_single_create_answered_500_after_the_work_is_adopted_not_sent_again() {
        long id = h.items(1).get(0);
        h.fake.inject(FakeJira.Fault.statusAfterWork("POST", "/issue/bulk", 500));

        h.pushAndDrain();
        assertThat(h.status(id).state()).isEqualTo("pending");
        h.drainAfter(Duration.ofSeconds(31));

        assertThat(h.bulkCalls()).isEqualTo(1);
        assertThat(h.status(id).state()).isEqualTo("synced");
        h.assertOneTicketPerItemAndEveryItemAccountedFor(1);
    }

    @Test
    void a_timed_out_create_that_jira_applies_80_s_later_is_adopted_not_sent_twice() {
        h.items(50);
        h.readTimeout = Duration.ofMillis(300);
        h.fake.inject(FakeJira.Fault.heldPastTimeout("POST", "/issue/bulk", Duration.ofMillis(800)));

        assertThat(h.pushAndDrain().deferred()).isEqualTo(50);
        var lookedUp = h.drainAfter(Duration.ofSeconds(31));
        assertThat(lookedUp.deferred()).as("nothing found 30 s later: keep looking, do not create").isEqualTo(50);
        assertThat(h.bulkCalls()).isEqualTo(1);

        h.fake.applyHeld(); // Jira carries the create out 80 s after it arrived
        h.clock.advance(Duration.ofSeconds(50));
        var adopted = h.drainAfter(Duration.ofMinutes(1));

        assertThat(adopted.adopted()).isEqualTo(50);
        assertThat(h.bulkCalls()).isEqualTo(1);
        h.assertOneTicketPerItemAndEveryItemAccountedFor(50);
    }

    @Test
    void a_search_index_lagging_behind_every_lookup_within_the_bound_never_leads_to_a_second_create() {
        h.items(50);
        h.fake.api.issues.indexLag = Duration.ofHours(1);
        h.fake.inject(FakeJira.Fault.statusAfterWork("POST", "/issue/bulk", 503));
        h.pushAndDrain();

        for (int look = 0; look < 6; look++) {
            h.drainAfter(Duration.ofSeconds(90)); // up to 9 minutes after the create
            h.assertOneTicketPerItemAndEveryItemAccountedFor(50);
        }
        assertThat(h.bulkCalls()).isEqualTo(1);

        h.fake.api.issues.catchUpIndex();
        assertThat(h.drainAfter(Duration.ofMinutes(3)).adopted()).as("at the next look").isEqualTo(50);
        assertThat(h.bulkCalls()).isEqualTo(1);
        h.assertOneTicketPerItemAndEveryItemAccountedFor(50);
    }

    @Test
    void a_bulk_fetch_outage_right_after_create_leaves_a_reason_and_a_retry_time_then_the_tickets_are_adopted() {
        List<Long> ids = h.items(50);
        for (int i = 0; i < 4; i++) h.fake.inject(FakeJira.Fault.status("POST", "/issue/bulkfetch", 503, null));

        var first = h.pushAndDrain();

        assertThat(first.deferred()).isEqualTo(50);
        assertThat(h.sync.status("PAY")).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo("pending");
            assertThat(s.reason()).contains("reading them back failed");
            assertThat(s.nextRetryAt()).isNotNull();
        });
        assertThat(h.drainAfter(Duration.ofSeconds(31)).adopted()).isEqualTo(ids.size());
        h.assertOneTicketPerItemAndEveryItemAccountedFor(50);
    }

    @Test
    void past_the_bound_a_create_is_sent_again_and_the_sweep_keeps_the_first_ticket_and_closes_the_second() {
        List<Long> ids = h.items(3);
        h.fake.api.issues.indexLag = Duration.ofHours(1);
        h.fake.inject(FakeJira.Fault.statusAfterWork("POST", "/issue/bulk", 503));
        h.pushAndDrain();
        for (int look = 0; look < 8; look++) h.drainAfter(Duration.ofMinutes(2));
        assertThat(h.bulkCalls()).as("sent again once the bound had passed").isEqualTo(2);
        assertThat(h.fake.api.issues.all()).hasSize(6);
        String secondKey = h.status(ids.get(0)).issueKey();

        h.fake.api.issues.catchUpIndex();
        h.inbound.pull("PAY");

        for (long id : ids) {
            String label = IssueDraft.itemLabel("PAY", String.valueOf(id));
            var open = h.fake.api.issues.all().stream().filter(i -> i.labels().contains(label))
                    .filter(i -> !h.fake.api.issues.workflow.get(i.status).categoryKey().equals("done")).toList();
            assertThat(open).hasSize(1);
            assertThat(h.status(id).issueKey()).as("the first ticket is kept and linked").isEqualTo(open.get(0).key);
        }
        assertThat(h.fake.api.issueLinks).hasSize(3).allMatch(l -> l.startsWith("Duplicate "));
        assertThat(h.fake.api.issueLinks).anyMatch(l -> l.startsWith("Duplicate " + secondKey + " "));
        assertThat(h.store.find("PAY").orElseThrow().duplicatesClosed()).isEqualTo(3);
        assertThat(h.app.get("/projects/PAY/jira").expect(200).body()).contains("Duplicate tickets", "Closed as duplicates: 3");
    }
}
