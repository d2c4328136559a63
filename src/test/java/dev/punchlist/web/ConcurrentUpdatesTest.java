package dev.punchlist.web;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Several clients change the same items at once: every change either lands or is told it was stale. */
class ConcurrentUpdatesTest {
    private static final int THREADS = 8;
    private static final int ATTEMPTS = 40;

    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void no_update_is_lost_and_no_conflict_surfaces_as_a_server_error() throws Exception {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        List<Long> ids = new ArrayList<>();
        app.get("/api/v1/projects/PAY/items").json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        AtomicInteger applied = new AtomicInteger();
        ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                for (int n = 0; n < ATTEMPTS; n++) {
                    String path = "/api/v1/items/" + ids.get(n % 2);
                    String etag = app.get(path).header("ETag");
                    int status = app.patchJson(path, "{\"notes\":\"thread " + thread + " try " + n + "\"}", "If-Match", etag).status();
                    statuses.merge(status, 1, Integer::sum);
                    if (status == 200) {
                        applied.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(statuses.keySet()).containsOnly(200, 412);
        int versions = app.get("/api/v1/items/" + ids.get(0)).json().get("version").asInt() - 1
                + app.get("/api/v1/items/" + ids.get(1)).json().get("version").asInt() - 1;
        assertThat(versions).isEqualTo(applied.get());
        long notesChanges = app.get("/api/v1/items/" + ids.get(0) + "/history").json().get("history").size() - 1
                + app.get("/api/v1/items/" + ids.get(1) + "/history").json().get("history").size() - 1;
        assertThat(notesChanges).isEqualTo(applied.get());
    }
}
