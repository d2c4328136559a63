package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemUpdatesTest {
    private final TestApp app = TestApp.start();
    private final JsonNode critical;

    ItemUpdatesTest() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        critical = app.get("/api/v1/projects/PAY/items?severity=critical").json().at("/items/0");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String itemPath() {
        return "/api/v1/items/" + critical.get("id").asLong();
    }

    @Test
    void a_change_with_the_current_etag_is_applied_and_recorded_in_history() {
        var etag = app.get(itemPath()).expect(200).header("ETag");

        var changed = app.patchJson(itemPath(), "{\"status\":\"in_progress\",\"assignee\":\"dana\",\"due\":\"2026-12-01\"}",
                "If-Match", etag).expect(200);

        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().get("assignee").asText()).isEqualTo("dana");
        var history = app.get(itemPath() + "/history").json().get("history");
        assertThat(history).extracting(h -> h.get("field").asText() + ":" + h.get("new_value").asText())
                .contains("status:in_progress", "assignee:dana", "due:2026-12-01");
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_with_the_current_item() {
        var etag = app.get(itemPath()).header("ETag");
        app.patchJson(itemPath(), "{\"assignee\":\"dana\"}", "If-Match", etag).expect(200);

        var refused = app.patchJson(itemPath(), "{\"assignee\":\"lee\"}", "If-Match", etag).expect(412);

        assertThat(refused.json().at("/current/assignee").asText()).isEqualTo("dana");
        assertThat(app.get(itemPath()).json().get("assignee").asText()).isEqualTo("dana");
    }

    @Test
    void a_change_without_a_version_is_refused_with_428() {
        app.patchJson(itemPath(), "{\"assignee\":\"dana\"}").expect(428);
    }

    @Test
    void wont_fix_needs_a_reason_and_so_does_moving_a_phase() {
        var etag = app.get(itemPath()).header("ETag");

        var noReason = app.patchJson(itemPath(), "{\"status\":\"wont_fix\"}", "If-Match", etag).expect(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        var noMoveReason = app.patchJson(itemPath(), "{\"phase\":2}", "If-Match", etag).expect(400);
        assertThat(noMoveReason.json().get("field").asText()).isEqualTo("reason");

        var moved = app.patchJson(itemPath(), "{\"phase\":1,\"reason\":\"key only reaches staging\"}", "If-Match", etag).expect(200).json();
        assertThat(moved.get("phase").asInt()).isEqualTo(1);
        assertThat(moved.get("phase_source").asText()).isEqualTo("user");
    }

    @Test
    void bad_fields_are_named_and_nothing_changes() {
        var etag = app.get(itemPath()).header("ETag");

        assertThat(app.patchJson(itemPath(), "{\"status\":\"finished\"}", "If-Match", etag).expect(400).json().get("field").asText())
                .isEqualTo("status");
        assertThat(app.patchJson(itemPath(), "{\"due\":\"tomorrow\"}", "If-Match", etag).expect(400).json().get("field").asText())
                .isEqualTo("due");
        assertThat(app.patchJson(itemPath(), "{\"colour\":\"red\"}", "If-Match", etag).expect(400).json().get("field").asText())
                .isEqualTo("colour");
        assertThat(app.get(itemPath()).header("ETag")).isEqualTo(etag);
    }

    @Test
    void a_bulk_change_applies_to_all_items_or_to_none() {
        var items = app.get("/api/v1/projects/PAY/items").json().get("items");
        long first = items.get(0).get("id").asLong();
        long second = items.get(1).get("id").asLong();

        app.patchJson("/api/v1/projects/PAY/items", "{\"items\":[{\"id\":" + first + ",\"assignee\":\"kim\"},{\"id\":"
                + second + ",\"status\":\"wont_fix\"}]}").expect(400);
        assertThat(app.get("/api/v1/items/" + first).json().get("assignee").isNull()).isTrue();

        var done = app.patchJson("/api/v1/projects/PAY/items", "{\"items\":[{\"id\":" + first + ",\"assignee\":\"kim\"},{\"id\":"
                + second + ",\"assignee\":\"kim\"}]}").expect(200).json();
        assertThat(done.get("items")).extracting(i -> i.get("assignee").asText()).containsExactly("kim", "kim");
    }

    @Test
    void resolving_items_raises_the_score_and_level_and_writes_snapshots() {
        var before = app.get("/api/v1/projects/PAY/readiness").json();
        assertThat(before.get("level").asText()).isEqualTo("not_ready");

        app.patchJson(itemPath(), "{\"status\":\"done\"}", "If-Match", app.get(itemPath()).header("ETag")).expect(200);

        var after = app.get("/api/v1/projects/PAY/readiness").json();
        assertThat(after.get("level").asText()).isEqualTo("staging_ready");
        assertThat(after.get("score").asDouble()).isGreaterThan(before.get("score").asDouble());
        assertThat(after.at("/explanation/0/item_id").asLong()).isEqualTo(critical.get("id").asLong());
        var snapshots = app.get("/api/v1/projects/PAY/readiness/history").json().get("snapshots");
        assertThat(snapshots.get(snapshots.size() - 1).get("score").asDouble()).isEqualTo(after.get("score").asDouble());
        assertThat(snapshots.get(snapshots.size() - 1).get("level").asText()).isEqualTo("staging_ready");
    }
}
