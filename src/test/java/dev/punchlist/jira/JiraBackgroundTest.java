package dev.punchlist.jira;

import dev.punchlist.jira.sync.JiraBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's one Jira thread: polls on a schedule, stops with the server. */
class JiraBackgroundTest {
    private final JiraApiFixture f = new JiraApiFixture();

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void the_poll_interval_is_off_or_between_ten_seconds_and_a_day() {
        assertThat(JiraBackground.pollInterval(0)).isZero();
        assertThat(JiraBackground.pollInterval(60)).hasSeconds(60);
        assertThatThrownBy(() -> JiraBackground.pollInterval(5)).hasMessageContaining("0 (off) or 10 to 86400 seconds, got 5");
        assertThatThrownBy(() -> JiraBackground.pollInterval(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_schedule_pulls_a_change_made_in_jira_and_the_thread_stops_with_the_server() {
        f.configure();
        long item = f.pushAllAndWait().at("/items/0/item_id").asLong();
        String ticket = f.app.get(JiraApiFixture.BASE + "/status").json().at("/items/0/issue_key").asText();
        f.moveInJira(ticket, 2, Instant.now());

        f.app.app().jiraBackground().start(Duration.ofSeconds(60)); // the first run comes a second after start

        Instant deadline = Instant.now().plusSeconds(15);
        while (!f.app.get("/api/v1/items/" + item).json().get("status").asText().equals("done") && Instant.now().isBefore(deadline)) {
            JiraApiFixture.sleep(100);
        }
        assertThat(f.app.get("/api/v1/items/" + item).json().get("status").asText()).isEqualTo("done");
        assertThat(jiraThreads()).isEqualTo(1);

        f.app.server().stop();

        Instant stopped = Instant.now().plusSeconds(2); // the pool has finished; its thread may take a moment to exit
        while (jiraThreads() > 0 && Instant.now().isBefore(stopped)) {
            JiraApiFixture.sleep(10);
        }
        assertThat(jiraThreads()).isZero();
    }

    private static long jiraThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("jira-sync") && t.isAlive()).count();
    }
}
