package dev.punchlist.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraResilienceTest {
    private FakeJira fake;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        fake.close();
        fake.assertContractKept();
    }

    @Test
    void a429WithRetryAfterInSecondsWaitsTheStatedTimeThenSucceeds() {
        fake = fake(Flavour.CLOUD);
        fake.inject(FakeJira.Fault.status("POST", "/issue/bulk", 429, "7"));

        BulkResult result = client(fake, sleeper).createBulk(drafts(3));

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(result.of(CreateOutcome.Kind.CREATED)).hasSize(3);
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(2);
    }

    @Test
    void a503WithRetryAfterAsAnHttpDateWaitsUntilThatDate() {
        fake = fake(Flavour.DATA_CENTER);
        String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
        fake.inject(FakeJira.Fault.status("GET", "/myself", 503, in30s));

        assertThat(client(fake, sleeper).testConnection()).isEmpty();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void a5xxOnAReadIsRetriedWithBackoffThenSucceeds() {
        fake = fake(Flavour.CLOUD);
        JiraClient client = client(fake, sleeper);
        String key = client.createBulk(drafts(1)).outcomes().get(0).key();
        fake.inject(FakeJira.Fault.status("GET", "/issue/" + key, 500, null));
        fake.inject(FakeJira.Fault.status("GET", "/issue/" + key, 502, null));

        assertThat(client.getIssue(key)).isPresent();

        // 200 ms then 400 ms, each scaled by the (fixed, maximal) jitter
        assertThat(sleeper.waits).hasSize(2).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(400)));
        assertThat(sleeper.waits.get(1)).isGreaterThan(sleeper.waits.get(0));
    }

    @Test
    void a5xxOnBulkCreateIsAmbiguousAndNeverSentAgainEvenWhenJiraDidTheWork() {
        fake = fake(Flavour.CLOUD);
        fake.inject(FakeJira.Fault.statusAfterWork("POST", "/issue/bulk", 503));

        BulkResult result = client(fake, sleeper).createBulk(drafts(2));

        assertThat(result.of(CreateOutcome.Kind.AMBIGUOUS)).hasSize(2)
                .allSatisfy(o -> assertThat(o.reason()).contains("HTTP 503").contains("label"));
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
        assertThat(fake.api.issues.all()).hasSize(2);
    }

    @Test
    void readsThatKeepFailingGiveUpAfterTheCappedAttemptsAsUnavailable() {
        fake = fake(Flavour.CLOUD);
        JiraClient client = client(fake, sleeper);
        String key = client.createBulk(drafts(1)).outcomes().get(0).key();
        for (int i = 0; i < 4; i++) fake.inject(FakeJira.Fault.status("GET", "/issue/" + key, 503, null));

        assertThatThrownBy(() -> client.getIssue(key)).isInstanceOf(JiraUnavailableException.class)
                .hasMessageContaining("after 4 attempts");
        assertThat(sleeper.waits).hasSize(3);
    }

    @Test
    void aTimeoutAfterCreationIsAmbiguousAndFindByLabelFindsTheTicketOnceTheIndexCatchesUp() {
        fake = fake(Flavour.CLOUD);
        fake.api.issues.indexLag = Duration.ofHours(1);
        fake.inject(FakeJira.Fault.slowAfterWork("POST", "/issue/bulk", Duration.ofMillis(1500)));
        JiraClient client = new JiraClient(settings(fake), credentials(Flavour.CLOUD),
                options(sleeper).withReadTimeout(Duration.ofMillis(300)));
        IssueDraft draft = draft("77");

        CreateOutcome outcome = client.createBulk(List.of(draft)).outcomes().get(0);

        assertThat(outcome.kind()).isEqualTo(CreateOutcome.Kind.AMBIGUOUS);
        assertThat(outcome.reason()).contains("read timeout").contains("label");
        assertThat(fake.calls("POST", "/issue/bulk")).as("a timed-out create is never blindly repeated").isEqualTo(1);
        assertThat(client.findByLabel(draft.itemLabel())).as("search index still lagging").isEmpty();
        fake.api.issues.catchUpIndex();
        List<JiraIssue> found = client.findByLabel(draft.itemLabel());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).labels()).contains("punchlist-ops-77");
    }

    @Test
    void badCredentialsAre401ConfigErrorsWithoutRetries() {
        fake = fake(Flavour.CLOUD);
        JiraClient client = new JiraClient(settings(fake), JiraCredentials.cloud(EMAIL, "wrong"), options(sleeper));

        assertThatThrownBy(() -> client.createBulk(drafts(2))).isInstanceOf(JiraConfigException.class)
                .hasMessageContaining("did not accept the credentials")
                .satisfies(e -> assertThat(((JiraConfigException) e).status()).isEqualTo(401));
        assertThat(fake.calls("POST", "/issue/bulk")).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void missingPermissionIsA403ConfigErrorWithoutRetries() {
        fake = fake(Flavour.DATA_CENTER);
        fake.api.forbidden = true;

        assertThatThrownBy(() -> client(fake, sleeper).transitionToCategory("OPS-1", "done"))
                .isInstanceOf(JiraConfigException.class).hasMessageContaining("not allowed").hasMessageContaining("403");
        assertThat(fake.calls("GET", "/transitions")).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void editingAnUnknownIssueIsA404ConfigErrorWithoutRetries() {
        fake = fake(Flavour.CLOUD);

        assertThatThrownBy(() -> client(fake, sleeper).updateFields("OPS-999", Map.of("summary", "x")))
                .isInstanceOf(JiraConfigException.class).hasMessageContaining("404");
        assertThat(fake.calls("PUT", "/issue/{key}")).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }
}
