package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.ItemSummary;
import dev.punchlist.plan.Project;
import dev.punchlist.score.Readiness;
import dev.punchlist.store.Database;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.punchlist.store.schema.Tables.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness is answered from items kept in memory; whatever changes them (one item, a bulk change, a title, a
 * re-import, many clients at once, another process on the same file), the answer is the one computed from the
 * database's rows.
 */
class ReadinessFollowsEveryCommittedChangeTest {
    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_status_change_moves_the_score_at_once() {
        List<Long> ids = importItems("ONE", 8);
        double before = score("ONE");

        markDone(ids.get(0));

        assertThat(score("ONE")).isGreaterThan(before);
        assertMatchesTheDatabase("ONE");
    }

    @Test
    void a_renamed_done_item_is_explained_under_its_new_title() {
        List<Long> ids = importItems("REN", 4);
        markDone(ids.get(0));
        score("REN");

        String etag = app.get("/api/v1/items/" + ids.get(0)).header("ETag");
        assertThat(app.patchJson("/api/v1/items/" + ids.get(0), "{\"title\":\"Rotate the signing keys\"}", "If-Match", etag).status())
                .isEqualTo(200);

        JsonNode contributions = app.get("/api/v1/projects/REN/readiness").json().get("explanation");
        assertThat(contributions.get(0).get("title").asText()).isEqualTo("Rotate the signing keys");
    }

    @Test
    void a_bulk_change_and_a_re_import_are_both_counted() {
        List<Long> ids = importItems("BULK", 6);
        score("BULK");
        String body = "{\"items\":[{\"id\":" + ids.get(0) + ",\"status\":\"done\"},{\"id\":" + ids.get(1) + ",\"status\":\"done\"}]}";
        assertThat(app.patchJson("/api/v1/projects/BULK/items", body).status()).isEqualTo(200);
        assertMatchesTheDatabase("BULK");

        app.post("/api/v1/projects/BULK/audits", "text/markdown", report(9)).expect(201);
        assertThat(app.app().readiness().current("BULK").phases().stream().mapToInt(p -> p.total()).sum()).isEqualTo(9);
        assertMatchesTheDatabase("BULK");
    }

    @Test
    void new_score_weights_move_the_score_and_its_history() {
        List<Long> ids = importItems("WEI", 4);
        markDone(ids.get(0)); // the critical one
        double before = score("WEI");

        app.patchJson("/api/v1/projects/WEI", "{\"settings\":{\"weights\":{\"critical\":40}}}").expect(200);

        assertThat(score("WEI")).isGreaterThan(before);
        JsonNode snapshots = app.get("/api/v1/projects/WEI/readiness/history").json().get("snapshots");
        assertThat(snapshots.get(snapshots.size() - 1).get("score").asDouble()).isEqualTo(score("WEI"));
        assertMatchesTheDatabase("WEI");
    }

    @Test
    void after_many_clients_change_items_at_once_the_answer_matches_the_database() throws Exception {
        List<Long> ids = importItems("MANY", 48);
        score("MANY");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            List<Long> mine = ids.subList(c * 6, (c + 1) * 6);
            runs.add(pool.submit(() -> {
                mine.forEach(this::markDone);
                mine.stream().limit(3).forEach(id -> setStatus(id, "todo"));
                score("MANY");
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        Readiness answer = app.app().readiness().current("MANY");
        assertThat(answer.phases().stream().mapToInt(p -> p.done()).sum()).isEqualTo(24);
        assertMatchesTheDatabase("MANY");
    }

    @Test
    void a_change_another_process_commits_to_the_same_file_shows_within_seconds() throws Exception {
        List<Long> ids = importItems("EXT", 4);
        double before = score("EXT");

        try (Database otherProcess = Database.open(app.database().file())) {
            otherProcess.write(db -> db.update(ITEM).set(ITEM.STATUS, "done").where(ITEM.ID.eq(ids.get(0))).execute());
        }

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (score("EXT") == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(score("EXT")).isGreaterThan(before);
        assertMatchesTheDatabase("EXT");
    }

    private void assertMatchesTheDatabase(String key) {
        Project project = app.app().projects().get(key);
        List<ItemSummary> rows = app.app().items().all(key, new ItemFilter(null, null, null, null, null, null)).stream().map(Item::summary).toList();
        assertThat(app.app().items().summaries(project)).isEqualTo(rows);
        Readiness fromRows = app.app().readiness().current(project, rows);
        assertThat(app.app().readiness().current(key)).isEqualTo(fromRows);
    }

    private List<Long> importItems(String key, int count) {
        app.projectWithReport(key, report(count));
        List<Long> ids = new ArrayList<>();
        app.get("/api/v1/projects/" + key + "/items?limit=500").json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).hasSize(count);
        return ids;
    }

    private double score(String key) {
        return app.get("/api/v1/projects/" + key + "/readiness").json().get("score").asDouble();
    }

    private void markDone(long id) {
        setStatus(id, "done");
    }

    private void setStatus(long id, String status) {
        String path = "/api/v1/items/" + id;
        String etag = app.get(path).header("ETag");
        assertThat(app.patchJson(path, "{\"status\":\"" + status + "\"}", "If-Match", etag).status()).isEqualTo(200);
    }

    private static String report(int findings) {
        StringBuilder text = new StringBuilder("# Cache audit\n\nOverall score: 50/100\n\n## Findings\n\n");
        String[] severities = {"Critical", "High", "Medium", "Low"};
        for (int i = 0; i < findings; i++) {
            text.append("- [ ] **").append(severities[i % 4]).append(":** Guard service ").append(i)
                    .append(" against failure mode ").append(i * 11).append('\n');
        }
        return text.toString();
    }
}
