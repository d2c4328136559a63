package dev.punchlist.jira;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/** Builders shared by the Jira tests: a fake per flavour, a client wired to it, drafts. */
final class JiraTestSupport {
    static final String PROJECT = "OPS";
    static final String EMAIL = "bot@example.com";
    static final String API_TOKEN = "cloud-token-123";
    static final String PAT = "dc-pat-456";
    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    /** Records every wait instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration d) {
            waits.add(d);
        }
    }

    private JiraTestSupport() {
    }

    static FakeJira fake(Flavour flavour) {
        FakeJira fake = new FakeJira(flavour, PROJECT);
        fake.expectedAuthorization = credentials(flavour).authorizationHeader();
        return fake;
    }

    static JiraCredentials credentials(Flavour flavour) {
        return flavour == Flavour.CLOUD ? JiraCredentials.cloud(EMAIL, API_TOKEN) : JiraCredentials.dataCenter(PAT);
    }

    static JiraSettings settings(FakeJira fake) {
        return JiraSettings.of(URI.create(fake.url()), fake.flavour, PROJECT, "Task");
    }

    static JiraClient.Options options(Sleeper sleeper) {
        // Jitter fixed at its top so backoff waits are predictable in assertions.
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMinutes(2),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.999999);
        return new JiraClient.Options(Duration.ofSeconds(2), Duration.ofSeconds(5), 4, retry, sleeper);
    }

    static JiraClient client(FakeJira fake, Sleeper sleeper) {
        return new JiraClient(settings(fake), credentials(fake.flavour), options(sleeper));
    }

    static IssueDraft draft(String itemId) {
        return new IssueDraft(PROJECT, itemId, "Rotate the leaked API key " + itemId, "The key was found in a public repo.",
                List.of(new IssueDraft.QuotedLine(12, "AWS key AKIA... committed"), new IssueDraft.QuotedLine(13, "in config.yml")),
                "about 1 hour", URI.create("https://punchlist.example/items/" + itemId), "High", List.of(),
                null, null);
    }

    static List<IssueDraft> drafts(int n) {
        return new ArrayList<>(IntStream.rangeClosed(1, n).mapToObj(i -> draft(String.valueOf(i))).toList());
    }
}
