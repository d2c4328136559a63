package dev.punchlist.jira;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.punchlist.jira.JiraTestSupport.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraValuesTest {
    @Test
    void settingsNameEveryProblemInPlainWords() {
        assertThatThrownBy(() -> new JiraSettings(URI.create("ftp://x"), Flavour.CLOUD, "ops", " ",
                Map.of("critical", "Highest"), List.of("two words"), Map.of(3, "OPS-1"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http(s) address").hasMessageContaining("project key")
                .hasMessageContaining("issue type name").hasMessageContaining("severity high")
                .hasMessageContaining("no spaces").hasMessageContaining("phase 3 does not exist");
    }

    @Test
    void settingsDefaultToDoneAndTheUsualPriorities() {
        JiraSettings s = JiraSettings.of(URI.create("https://acme.atlassian.net"), Flavour.CLOUD, "OPS", "Task");
        assertThat(s.doneCategory()).isEqualTo("done");
        assertThat(s.priorityFor("CRITICAL")).isEqualTo("Highest");
        assertThat(s.parentFor(0)).isEmpty();
    }

    @Test
    void credentialsNeverShowTheSecret() {
        assertThat(JiraCredentials.cloud("a@b.c", "tok-SECRET").toString()).doesNotContain("SECRET").contains("a@b.c");
        assertThat(JiraCredentials.dataCenter("pat-SECRET").toString()).doesNotContain("SECRET");
    }

    @Test
    void theItemLabelIsDeterministicAndLowerCase() {
        IssueDraft d = new IssueDraft("OPS", "A17", "s", null, null, null, null, null, List.of("x"), null, null);
        assertThat(d.itemLabel()).isEqualTo("punchlist-ops-a17");
        assertThat(d.labels()).containsExactly("punchlist-ops-a17", "x");
    }

    @Test
    void retryAfterIsReadAsSecondsOrHttpDateAndBackoffGrowsUpToItsCap() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350), Duration.ofSeconds(60),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.999999);
        assertThat(p.delayAfter(1, "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.delayAfter(1, "Thu, 15 Jan 2026 10:00:12 GMT")).isEqualTo(Duration.ofSeconds(12));
        assertThat(p.delayAfter(1, "3600")).as("clipped").isEqualTo(Duration.ofSeconds(60));
        assertThat(p.delayAfter(1, "soon")).isEqualTo(Duration.ofMillis(99));
        assertThat(p.delayAfter(3, null)).isEqualTo(Duration.ofMillis(349));
    }
}
