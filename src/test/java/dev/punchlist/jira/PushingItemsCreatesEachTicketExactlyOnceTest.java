package dev.punchlist.jira;

import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.*;
import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.JIRA_LINK;
import static org.assertj.core.api.Assertions.assertThat;

/** The sync worker over the real database and the contract-checked fake Jira. */
class PushingItemsCreatesEachTicketExactlyOnceTest {
    private static final dev.punchlist.store.schema.tables.Project P = dev.punchlist.store.schema.Tables.PROJECT;
    private final TestApp app = TestApp.start();
    private final FakeJira fake = fake(Flavour.CLOUD);
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final JiraSettingsStore store = new JiraSettingsStore(app.database(), null, Clock.systemUTC(),
            () -> Map.of("PUNCHLIST_JIRA_EMAIL", EMAIL, "PUNCHLIST_JIRA_TOKEN", API_TOKEN, "PUNCHLIST_JIRA_SITE_URL", fake.url()));
    private final JiraSync sync = new JiraSync(app.database(), app.app().items(), store, Clock.systemUTC(), "http://punchlist.test");
    private final SyncWorker worker = new SyncWorker(app.database(), app.app().items(), sync, Clock.systemUTC());
    private Duration readTimeout = Duration.ofSeconds(5);

    PushingItemsCreatesEachTicketExactlyOnceTest() {
        worker.useClients((s, c) -> new JiraClient(s, c, options(sleeper).withReadTimeout(readTimeout)));
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
        store.save("PAY", new JiraSettingsStore.Input(fake.url(), "cloud", PROJECT, "Task", null, null, null, null,
                null, null, null, null));
    }

    @AfterEach
    void stop() {
        fake.close();
        app.close();
        fake.assertContractKept();
    }

    private List<Long> items(int n) {
        long projectId = app.database().read(db -> db.select(P.ID).from(P).where(P.KEY.eq("PAY")).fetchOne(P.ID));
        return app.database().write(db -> {
            LocalDateTime now = LocalDateTime.now();
            for (int i = 0; i < n; i++) {
                db.insertInto(ITEM).set(ITEM.PROJECT_ID, projectId).set(ITEM.POSITION, i).set(ITEM.TITLE, "Fix thing " + i)
                        .set(ITEM.SEVERITY, "high").set(ITEM.PHASE, 1).set(ITEM.PHASE_SOURCE, "severity")
                        .set(ITEM.EFFORT_STATED, false).set(ITEM.STATUS, "todo").set(ITEM.FINGERPRINT, "f" + i)
                        .set(ITEM.VERSION, 1).set(ITEM.CREATED_AT, now).set(ITEM.UPDATED_AT, now).execute();
            }
            return db.select(ITEM.ID).from(ITEM).where(ITEM.PROJECT_ID.eq(projectId)).orderBy(ITEM.ID).fetch(ITEM.ID);
        });
    }

    private long linked() {
        return app.database().read(db -> db.fetchCount(JIRA_LINK, JIRA_LINK.STATE.eq("synced").and(JIRA_LINK.ISSUE_KEY.isNotNull())));
    }

    private int writeCalls() {
        return fake.calls("POST", "/issue/bulk") + fake.calls("PUT", "") + fake.calls("POST", "/transitions");
    }

    @Test
    void pushing120ItemsMakesThreeBulkCallsAndLinksEveryItem() {
        items(120);
        assertThat(sync.push("PAY", Selection.allOpen())).allMatch(p -> p.action().equals("create"));
        assertThat(sync.push("PAY", Selection.allOpen())).as("already pending: not queued twice")
                .allMatch(p -> p.action().equals("pending"));

        SyncWorker.Report report = worker.drain("PAY");

        assertThat(report.created()).isEqualTo(120);
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(3);
        assertThat(linked()).isEqualTo(120);
        assertThat(fake.api.issues.all()).hasSize(120);
    }

    @Test
    void pushingAgainChangesNothing() {
        items(10);
        sync.push("PAY", Selection.allOpen());
        worker.drain("PAY");
        int before = writeCalls();

        assertThat(sync.plan("PAY", Selection.allOpen())).allMatch(p -> p.action().equals("unchanged"));
        sync.push("PAY", Selection.allOpen());
        worker.drain("PAY");

        assertThat(writeCalls() - before).isZero();
        assertThat(fake.api.issues.all()).hasSize(10);
    }

    @Test
    void aTimeoutAfterJiraCreatedTheTicketsIsFollowedByAdoptionByLabel() {
        List<Long> ids = items(3);
        readTimeout = Duration.ofMillis(300);
        fake.inject(FakeJira.Fault.slowAfterWork("POST", "/issue/bulk", Duration.ofMillis(1200)));
        sync.push("PAY", Selection.allOpen());

        SyncWorker.Report first = worker.drain("PAY");
        assertThat(first.deferred()).isEqualTo(3);
        assertThat(linked()).isZero();
        awaitIssuesInFake(3); // on a busy machine the fake may still be working when our client gives up


        // the retry is due after the index-lag delay; make it due now
        app.database().write(db -> db.execute("update jira_outbox set next_attempt_at = null"));
        SyncWorker.Report second = worker.drain("PAY");

        assertThat(second.adopted()).isEqualTo(3);
        assertThat(second.created()).isZero();
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(1);
        for (long id : ids) {
            assertThat(fake.api.issues.withLabel(IssueDraft.itemLabel("PAY", String.valueOf(id)))).isEqualTo(1);
        }
        assertThat(linked()).isEqualTo(3);
    }

    @Test
    void aPartialBulkFailureMarksThoseItemsFailedWithTheReasonUntilSomethingChangesAndTheRestSynced() {
        List<Long> ids = items(4);
        fake.api.rejectLabels.put(IssueDraft.itemLabel("PAY", String.valueOf(ids.get(1))), "The priority selected is invalid.");
        sync.push("PAY", Selection.allOpen());

        worker.drain("PAY");

        var status = sync.status("PAY");
        assertThat(status).filteredOn(s -> s.state().equals("synced")).hasSize(3);
        var failed = status.stream().filter(s -> s.itemId() == ids.get(1)).findFirst().orElseThrow();
        assertThat(failed.state()).isEqualTo("failed");
        assertThat(failed.reason()).contains("priority");
        assertThat(failed.nextRetryAt()).as("Jira would refuse it again: waits for the item or the settings").isNull();
    }

    @Test
    void anItemMarkedDoneInPunchlistTransitionsItsTicketToADoneStatus() {
        long id = items(1).get(0);
        sync.push("PAY", Selection.allOpen());
        worker.drain("PAY");

        app.app().items().update(id, null, ItemPatch.status(Status.DONE, null), Actor.user("lead"));
        worker.drain("PAY");

        String key = sync.status("PAY").get(0).issueKey();
        assertThat(client(fake, sleeper).getIssue(key).orElseThrow().statusCategoryKey()).isEqualTo("done");
    }

    @Test
    void a401FromJiraIsReportedOnceAsAConfigurationProblemAndNotRetried() {
        items(3);
        fake.expectedAuthorization = "Basic something-else";
        sync.push("PAY", Selection.allOpen());

        SyncWorker.Report report = worker.drain("PAY");

        assertThat(report.configProblem()).contains("401");
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
        assertThat(sync.status("PAY")).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo("failed");
            assertThat(s.nextRetryAt()).isNull();
        });
        SyncWorker.Report again = worker.drain("PAY");
        assertThat(again.configProblem()).isNull();
        assertThat(fake.calls("POST", "/issue/bulk")).as("not retried").isEqualTo(1);
    }

    private void awaitIssuesInFake(int count) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (fake.api.issues.all().size() < count && System.nanoTime() < deadline) {
            JiraApiFixture.sleep(20);
        }
        assertThat(fake.api.issues.all()).hasSize(count);
    }
}
