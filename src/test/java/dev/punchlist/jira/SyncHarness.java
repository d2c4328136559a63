package dev.punchlist.jira;

import dev.punchlist.jira.sync.JiraInbound;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.testing.MutableClock;
import dev.punchlist.testing.TestApp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.*;
import static dev.punchlist.store.schema.Tables.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync of project PAY over a real database and the contract-checked fake Jira (project OPS), with a clock
 * the test moves: retries and lookups come due when the test says, while the fake keeps real time.
 */
final class SyncHarness implements AutoCloseable {
    private static final dev.punchlist.store.schema.tables.Project P = dev.punchlist.store.schema.Tables.PROJECT;
    final TestApp app = TestApp.start();
    final FakeJira fake;
    final MutableClock clock = new MutableClock(Instant.now());
    final JiraSettingsStore store;
    final JiraSync sync;
    final SyncWorker worker;
    final JiraInbound inbound;
    volatile Duration readTimeout = Duration.ofSeconds(5);

    SyncHarness() {
        this(Flavour.CLOUD);
    }

    SyncHarness(Flavour flavour) {
        fake = fake(flavour);
        store = new JiraSettingsStore(app.database(), null, clock, () -> Map.of("PUNCHLIST_JIRA_EMAIL", EMAIL,
                "PUNCHLIST_JIRA_TOKEN", API_TOKEN, "PUNCHLIST_JIRA_PAT", PAT, "PUNCHLIST_JIRA_SITE_URL", fake.url()));
        sync = new JiraSync(app.database(), app.app().items(), store, clock, "http://punchlist.test");
        worker = new SyncWorker(app.database(), app.app().items(), sync, clock);
        inbound = new JiraInbound(app.database(), app.app().items(), store, worker, sync, clock);
        worker.useClients((s, c) -> new JiraClient(s, c, options(new RecordingSleeper()).withReadTimeout(readTimeout)));
        app.postJson("/api/v1/projects", "{\"key\":\"PAY\",\"name\":\"Payments\"}").expect(201);
        configure(null);
    }

    void configure(Map<String, String> priorities) {
        store.save("PAY", new JiraSettingsStore.Input(fake.url(), JiraSettingsStore.flavourLabel(fake.flavour), PROJECT, "Task", priorities, null, null,
                null, null, null, null, null));
    }

    List<Long> items(int n) {
        return items(n, "todo", null, "Fix thing ");
    }

    /** Inserts {@code n} items straight into the database; returns the ids of all the project's items. */
    List<Long> items(int n, String status, LocalDate due, String title) {
        long projectId = app.database().read(db -> db.select(P.ID).from(P).where(P.KEY.eq("PAY")).fetchOne(P.ID));
        return app.database().write(db -> {
            LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                db.insertInto(ITEM).set(ITEM.PROJECT_ID, projectId).set(ITEM.POSITION, i).set(ITEM.TITLE, title + i)
                        .set(ITEM.SEVERITY, "high").set(ITEM.PHASE, 1).set(ITEM.PHASE_SOURCE, "severity")
                        .set(ITEM.EFFORT_STATED, false).set(ITEM.STATUS, status).set(ITEM.FINGERPRINT, "f" + status + i + title)
                        .set(ITEM.DUE_DATE, due).set(ITEM.VERSION, 1).set(ITEM.CREATED_AT, now).set(ITEM.UPDATED_AT, now).execute();
            }
            return db.select(ITEM.ID).from(ITEM).where(ITEM.PROJECT_ID.eq(projectId)).orderBy(ITEM.ID).fetch(ITEM.ID);
        });
    }

    SyncWorker.Report pushAndDrain() {
        sync.push("PAY", Selection.allOpen());
        return worker.drain("PAY");
    }

    /** Moves the sync's clock on, then sends whatever came due. */
    SyncWorker.Report drainAfter(Duration wait) {
        clock.advance(wait);
        return worker.drain("PAY");
    }

    int bulkCalls() {
        return fake.calls("POST", "/issue/bulk");
    }

    JiraSync.ItemStatus status(long itemId) {
        return sync.status("PAY").stream().filter(s -> s.itemId() == itemId).findFirst().orElseThrow();
    }

    /** The promise: one ticket per item, and each item linked, or failed or waiting with a reason and a next try. */
    void assertOneTicketPerItemAndEveryItemAccountedFor(int items) {
        assertThat(fake.api.issues.all()).as("tickets").hasSize(items);
        assertThat(fake.api.issues.duplicates()).as("item labels on more than one ticket").isZero();
        assertThat(sync.status("PAY")).allSatisfy(s -> {
            if (!s.state().equals("synced")) {
                assertThat(s.reason()).as("reason of item %d (%s)", s.itemId(), s.state()).isNotBlank();
            }
            if (s.state().equals("pending")) {
                assertThat(s.nextRetryAt()).as("next try of item %d", s.itemId()).isNotNull();
            }
        });
    }

    @Override
    public void close() {
        fake.close();
        app.close();
        fake.assertContractKept();
    }
}
