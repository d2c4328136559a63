package dev.punchlist.jira;

import java.time.Duration;
import java.util.List;

/**
 * Pushes 1,000 drafts to the fake Jira with 50 ms latency per call and prints the create calls, the
 * elapsed time and duplicates. Not a test (its name matches no surefire pattern); run it as described
 * in docs/jira.md.
 */
public final class JiraPushBenchmark {
    private JiraPushBenchmark() {
    }

    public static void main(String[] args) {
        int drafts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
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
}
