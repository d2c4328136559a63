package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemListTest {
    private final TestApp app = TestApp.start();

    ItemListTest() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void filters_narrow_the_list() {
        assertThat(app.get("/api/v1/projects/PAY/items?phase=1").json().get("items")).hasSize(2);
        assertThat(app.get("/api/v1/projects/PAY/items?severity=low").json().get("items")).hasSize(1);
        assertThat(app.get("/api/v1/projects/PAY/items?q=LOGIN").json().get("items")).hasSize(1);
        assertThat(app.get("/api/v1/projects/PAY/items?assignee=").json().get("items")).hasSize(5);
        assertThat(app.get("/api/v1/projects/PAY/items?status=done").json().get("items")).isEmpty();
    }

    @Test
    void pages_follow_the_cursor_in_a_stable_checklist_order() {
        List<String> titles = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = app.get("/api/v1/projects/PAY/items?limit=2&cursor=" + cursor).expect(200).json();
            page.get("items").forEach(i -> titles.add(i.get("severity").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);

        assertThat(titles).containsExactly("critical", "high", "high", "medium", "low");
    }

    @Test
    void bad_filters_are_named() {
        assertThat(app.get("/api/v1/projects/PAY/items?phase=7").expect(400).json().get("field").asText()).isEqualTo("phase");
        assertThat(app.get("/api/v1/projects/PAY/items?limit=0").expect(400).json().get("field").asText()).isEqualTo("limit");
        assertThat(app.get("/api/v1/projects/PAY/items?cursor=zzz").expect(400).json().get("field").asText()).isEqualTo("cursor");
    }

    @Test
    void export_gives_a_task_list_by_phase_and_a_csv() {
        String markdown = app.get("/api/v1/projects/PAY/export?format=md").expect(200).body();
        assertThat(markdown).contains("## Phase 0").contains("- [ ] **CRITICAL**").contains("(estimated)");
        assertThat(markdown.indexOf("Phase 0")).isLessThan(markdown.indexOf("Phase 1"));

        String csv = app.get("/api/v1/projects/PAY/export?format=csv").expect(200).body();
        assertThat(csv.lines()).hasSize(6).first().asString().startsWith("id,phase,severity");

        app.get("/api/v1/projects/PAY/export?format=pdf").expect(400);
    }
}
