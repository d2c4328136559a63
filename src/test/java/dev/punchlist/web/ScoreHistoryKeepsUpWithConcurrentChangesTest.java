package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-scoring runs after commit and coalesces concurrent changes; whatever the interleaving, the newest
 * snapshot ends up showing the project as it now is.
 */
class ScoreHistoryKeepsUpWithConcurrentChangesTest {
    private static final int CLIENTS = 8;
    private static final int ITEMS_EACH = 6;

    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void after_many_clients_close_every_item_the_latest_snapshot_is_hardened_at_100() throws Exception {
        app.projectWithReport("LOAD", report());
        List<Long> ids = new ArrayList<>();
        app.get("/api/v1/projects/LOAD/items?limit=500").json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).hasSize(CLIENTS * ITEMS_EACH);

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<Long> mine = ids.subList(c * ITEMS_EACH, (c + 1) * ITEMS_EACH);
            runs.add(pool.submit(() -> mine.forEach(this::markDone)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        JsonNode latest = awaitLatestSnapshotScore(100.0);
        assertThat(latest.get("score").asDouble()).isEqualTo(100.0);
        assertThat(latest.get("level").asText()).isEqualTo("hardened");
        assertThat(app.get("/api/v1/projects/LOAD/readiness").json().get("score").asDouble()).isEqualTo(100.0);
    }

    private void markDone(long id) {
        String path = "/api/v1/items/" + id;
        String etag = app.get(path).header("ETag");
        assertThat(app.patchJson(path, "{\"status\":\"done\"}", "If-Match", etag).status()).isEqualTo(200);
    }

    /** A change can return while another request is still scoring it, so the newest snapshot may lag a moment. */
    private JsonNode awaitLatestSnapshotScore(double expected) throws InterruptedException {
        JsonNode latest = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode snapshots = app.get("/api/v1/projects/LOAD/readiness/history").json().get("snapshots");
            latest = snapshots.get(snapshots.size() - 1);
            if (latest.get("score").asDouble() == expected) {
                break;
            }
            Thread.sleep(50);
        }
        return latest;
    }

    private static String report() {
        StringBuilder text = new StringBuilder("# Load audit\n\nOverall score: 40/100\n\n## Findings\n\n");
        String[] severities = {"Critical", "High", "Medium", "Low"};
        for (int i = 0; i < CLIENTS * ITEMS_EACH; i++) {
            text.append("- [ ] **").append(severities[i % 4]).append(":** Harden subsystem ").append(i)
                    .append(" against misuse number ").append(i * 7).append('\n');
        }
        return text.toString();
    }
}
