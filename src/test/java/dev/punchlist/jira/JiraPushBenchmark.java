package dev.punchlist.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.security.Secrets;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two modes, both against the contract-checked Cloud fake with 50 ms latency per call. Not a test (its name
 * matches no surefire pattern); run it as described in docs/jira.md.
 *
 * <ul>
 *   <li>{@code app} (default): the product path. The real server over a fresh SQLite database, a project with
 *   N imported items, Jira settings saved through the API, then {@link JiraSync#push} of all open items and
 *   {@link SyncWorker#drain}. Prints create calls, other write calls, read calls, time, tickets, duplicates and
 *   contract violations; then pushes again with nothing changed and prints that push's write calls.</li>
 *   <li>{@code client}: N drafts straight through {@link JiraClient#createBulk}, answer order shuffled.</li>
 * </ul>
 *
 * Arguments: {@code [app|client] [N]}, default {@code app 1000}.
 */
public final class JiraPushBenchmark {
    private static final String PROJECT_KEY = "BENCH";
    private static final String BASE = "/api/v1/projects/" + PROJECT_KEY + "/jira";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraPushBenchmark() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 && !args[0].matches("\\d+") ? args[0] : "app";
        String count = args.length > 1 ? args[1] : args.length > 0 && args[0].matches("\\d+") ? args[0] : "1000";
        int n = Integer.parseInt(count);
        switch (mode) {
            case "app" -> app(n);
            case "client" -> client(n);
            default -> throw new IllegalArgumentException("mode is app or client, not " + mode);
        }
    }

    /** The calls the fake has answered so far, by kind. */
    private record Calls(int creates, int otherWrites, int reads) {
        static Calls of(FakeJira fake) {
            int creates = fake.calls("POST", "/issue/bulk");
            // every other write: field updates (PUT /issue/{key}) and transitions (POST /issue/{key}/transitions)
            int otherWrites = fake.calls("PUT", "") + fake.calls("POST", "/transitions");
            // POSTs that only read: bulk fetch and JQL search
            int reads = fake.calls("GET", "") + fake.calls("POST", "") - creates - fake.calls("POST", "/transitions");
            return new Calls(creates, otherWrites, reads);
        }

        Calls minus(Calls before) {
            return new Calls(creates - before.creates, otherWrites - before.otherWrites, reads - before.reads);
        }

        int writes() {
            return creates + otherWrites;
        }
    }

    private static void app(int items) {
        try (FakeJira fake = JiraTestSupport.fake(Flavour.CLOUD);
             TestApp app = TestApp.start(Clock.systemUTC(), withSecretsKey())) {
            app.projectWithReport(PROJECT_KEY, report(items));
            // settings through the API, as a user would; the sync worker then uses the server's own client
            // (JiraClient.Options.defaults(): real waits, 30 s read timeout) against the fake
            settings(app, fake);
            fake.latency = Duration.ofMillis(50);
            JiraSync sync = app.app().jiraSync();
            SyncWorker worker = app.app().syncWorker();

            Calls before = Calls.of(fake);
            long start = System.nanoTime();
            List<JiraSync.Planned> queued = sync.push(PROJECT_KEY, Selection.allOpen());
            SyncWorker.Report report = worker.drain(PROJECT_KEY);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Calls first = Calls.of(fake).minus(before);

            Map<String, Long> perLabel = fake.api.issues.all().stream().flatMap(i -> i.labels().stream())
                    .filter(l -> l.startsWith("punchlist-")).collect(Collectors.groupingBy(l -> l, Collectors.counting()));
            long duplicates = perLabel.values().stream().filter(c -> c > 1).count();
            System.out.printf("first push: items=%d queued=%d created=%d failed=%d create-calls=%d other-write-calls=%d "
                            + "read-calls=%d elapsed=%d ms tickets=%d duplicates=%d contract-violations=%d%n",
                    items, queued.stream().filter(JiraSync.Planned::queues).count(), report.created(), report.failed(),
                    first.creates(), first.otherWrites(), first.reads(), millis, fake.api.issues.all().size(), duplicates,
                    fake.violations.size());

            Calls beforeSecond = Calls.of(fake);
            start = System.nanoTime();
            List<JiraSync.Planned> again = sync.push(PROJECT_KEY, Selection.allOpen());
            SyncWorker.Report secondReport = worker.drain(PROJECT_KEY);
            millis = (System.nanoTime() - start) / 1_000_000;
            Calls second = Calls.of(fake).minus(beforeSecond);
            System.out.printf("second push, nothing changed: queued=%d write-calls=%d (create=%d other=%d) read-calls=%d "
                            + "elapsed=%d ms tickets=%d contract-violations=%d%n",
                    again.stream().filter(JiraSync.Planned::queues).count(), second.writes(), second.creates(),
                    second.otherWrites(), second.reads(), millis, fake.api.issues.all().size(), fake.violations.size());
            if (secondReport.created() + secondReport.updated() + secondReport.transitioned() != 0) {
                System.out.println("second push wrote to Jira: " + secondReport);
            }
            fake.violations.stream().limit(5).forEach(v -> System.out.println("violation: " + v));
        }
    }

    private static void client(int drafts) {
        try (FakeJira fake = JiraTestSupport.fake(Flavour.CLOUD)) {
            fake.latency = Duration.ofMillis(50);
            fake.api.shuffle = true;
            JiraClient client = JiraTestSupport.client(fake, Sleeper.REAL);
            List<IssueDraft> all = JiraTestSupport.drafts(drafts);

            long start = System.nanoTime();
            BulkResult result = client.createBulk(all);
            long millis = (System.nanoTime() - start) / 1_000_000;

            long duplicates = all.stream().mapToLong(d -> Math.max(0, fake.api.issues.withLabel(d.itemLabel()) - 1)).sum();
            System.out.printf("drafts=%d created=%d create-calls=%d read-back-calls=%d elapsed=%d ms duplicates=%d "
                            + "contract-violations=%d%n", drafts, result.of(CreateOutcome.Kind.CREATED).size(),
                    fake.calls("POST", "/issue/bulk"), fake.calls("POST", "/issue/bulkfetch"), millis, duplicates,
                    fake.violations.size());
        }
    }

    private static SecuritySettings withSecretsKey() {
        SecuritySettings dev = SecuritySettings.development();
        return new SecuritySettings(false, dev.sessionKey(), Secrets.randomBytes(32), dev.cookieSecure(), java.util.List.of(),
                dev.idleTimeout(), dev.absoluteLifetime(), null, null);
    }

    private static void settings(TestApp app, FakeJira fake) {
        String body = """
                {"site_url": "%s", "flavour": "cloud", "project_key": "%s", "issue_type": "Task",
                 "labels": ["security"], "email": "%s", "token": "%s"}
                """.formatted(fake.url(), JiraTestSupport.PROJECT, JiraTestSupport.EMAIL, JiraTestSupport.API_TOKEN);
        HttpRequest.Builder request = app.request(BASE + "/settings").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + app.apiToken(Role.ADMIN)).PUT(HttpRequest.BodyPublishers.ofString(body));
        new TestApp.Response(app.send(request), JSON).expect(200);
    }

    /** A Markdown audit with {@code n} open findings of rotating severity, like the API benchmark's. */
    private static String report(int n) {
        StringBuilder text = new StringBuilder("# Benchmark audit\n\n");
        String[] severities = {"Critical", "High", "Medium", "Low"};
        for (int i = 0; i < n; i++) {
            text.append("- [ ] **").append(severities[i % 4]).append(":** Fix finding number ").append(i)
                    .append(" in module ").append(i % 37).append('\n');
        }
        return text.toString();
    }
}
