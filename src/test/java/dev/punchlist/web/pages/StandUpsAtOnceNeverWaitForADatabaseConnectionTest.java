package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen people opening the stand-up at once, after many items were finished: each page read its finished items
 * one query per history row while still holding the history's connection, so four of them took the four reader
 * connections and every read in the server waited 30 s for one and then failed with 500.
 */
class StandUpsAtOnceNeverWaitForADatabaseConnectionTest {
    @Test
    void sixteen_concurrent_stand_ups_with_two_hundred_finished_items_all_answer() {
        try (TestApp app = TestApp.start()) {
            StringBuilder report = new StringBuilder("# Audit\n\n");
            for (int i = 0; i < 200; i++) {
                report.append("- [ ] **High:** Fix finding number ").append(i).append(" in module ").append(i % 37).append('\n');
            }
            app.projectWithReport("BIG", report.toString());
            String cursor = "";
            while (cursor != null) {
                var page = app.get("/api/v1/projects/BIG/items?limit=100&cursor=" + cursor).json();
                page.get("items").forEach(i -> app.patchJson("/api/v1/items/" + i.get("id").asLong(), "{\"status\":\"done\"}",
                        "If-Match", i.get("etag").asText()).expect(200));
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            }
            long started = System.nanoTime();

            ExecutorService people = Executors.newFixedThreadPool(16);
            List<Integer> statuses = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> app.get("/projects/BIG/standup").status(), people)).toList().stream().map(CompletableFuture::join).toList();
            people.shutdown();

            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertThat(statuses).containsOnly(200);
            assertThat(seconds).as("no page waited for the pool's 30 s connection timeout").isLessThan(25);
        }
    }
}
