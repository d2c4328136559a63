package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, blocker 2, after saving: delete an item, add one by hand, undo an import, project settings. */
class CorrectingWhatTheReaderGotWrongTest {

    @Test
    void a_lead_deletes_an_item_with_a_reason_kept_in_the_project_history_and_the_audit_log() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response deleted = app.postForm("/items/" + item.id() + "/delete", "delete_reason", "a strength, not work");
            assertThat(deleted.status()).isEqualTo(303);
            assertThat(deleted.location()).isEqualTo("/projects/SHOP?deleted=" + item.id());
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).extracting(Item::id).doesNotContain(item.id());
            assertThat(app.get("/projects/SHOP/settings").body()).contains("item.delete", item.title(), "a strength, not work");
            assertThat(app.get("/api/v1/audit-log").body()).contains("item.delete");
        }
    }

    @Test
    void deleting_without_a_reason_is_refused_next_to_the_field() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            TestApp.Response page = app.postForm("/items/" + item.id() + "/delete", "delete_reason", " ");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"delete_reason-error\"");
            assertThat(app.app().items().get(item.id()).title()).isEqualTo(item.title());
        }
    }

    @Test
    void an_item_added_by_hand_joins_the_checklist_and_a_blank_title_keeps_the_typed_values() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            TestApp.Response added = app.postForm("/projects/SHOP/items", "new_title", "Check the backups restore",
                    "new_severity", "high", "new_phase", "", "new_effort", "3", "new_category", "Reliability");
            assertThat(added.status()).isEqualTo(303);
            Item item = app.app().items().all("SHOP", ItemFilter.ALL).stream()
                    .filter(i -> i.title().equals("Check the backups restore")).findFirst().orElseThrow();
            assertThat(item.phase()).isEqualTo(1);
            assertThat(item.category()).isEqualTo("Reliability");
            assertThat(added.location()).isEqualTo("/projects/SHOP#item-" + item.id());

            TestApp.Response refused = app.postForm("/projects/SHOP/items", "new_title", " ", "new_severity", "low", "new_effort", "7");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"new_title-error\"", "value=\"7\"");
        }
    }

    @Test
    void undoing_a_re_audit_deletes_what_it_created_and_clears_the_flags_it_set_and_the_baseline_falls_back() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            app.app().importer().importReport("SHOP", PageFixture.REAUDIT.getBytes(StandardCharsets.UTF_8), Actor.user("lead"));
            List<Item> afterReaudit = app.app().items().all("SHOP", ItemFilter.ALL);
            assertThat(afterReaudit).hasSize(4).filteredOn(Item::notInLatest).hasSize(2);
            long reaudit = app.app().importer().audits("SHOP").get(1).id();

            assertThat(app.postForm("/projects/SHOP/audits/" + reaudit + "/undo").status()).isEqualTo(400);
            TestApp.Response undone = app.postForm("/projects/SHOP/audits/" + reaudit + "/undo", "confirm", "1");

            assertThat(undone.status()).isEqualTo(303);
            List<Item> items = app.app().items().all("SHOP", ItemFilter.ALL);
            assertThat(items).hasSize(3).noneMatch(Item::notInLatest);
            assertThat(items).extracting(Item::title).doesNotContain("Document the on-call rota");
            assertThat(app.app().items().mentions(items.get(0).id())).hasSize(1);
            assertThat(app.app().importer().audits("SHOP")).hasSize(1);
            assertThat(app.get("/projects/SHOP/settings").body()).contains("audit.undo", "1 items deleted, 2 flags cleared");
        }
    }

    @Test
    void the_settings_page_changes_name_weights_effort_defaults_and_the_stated_baseline() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            TestApp.Response saved = app.postForm("/projects/SHOP/settings", "name", "Web shop EU", "baseline", "78",
                    "weight_critical", "10", "weight_high", "4", "weight_medium", "2", "weight_low", "1",
                    "effort_critical", "4-8", "effort_high", "2-4", "effort_medium", "1-2", "effort_low", "1");
            assertThat(saved.status()).isEqualTo(303);
            assertThat(app.app().projects().get("SHOP").name()).isEqualTo("Web shop EU");
            assertThat(app.app().projects().get("SHOP").settings().weight(dev.punchlist.plan.Severity.CRITICAL)).isEqualTo(10);
            assertThat(app.get("/api/v1/projects/SHOP/readiness").json().get("baseline").asDouble()).isEqualTo(78.0);
            assertThat(app.get("/projects/SHOP/settings").body()).contains("value=\"Web shop EU\"", "value=\"78\"", "baseline");
        }
    }

    @Test
    void a_bad_weight_is_refused_on_its_field_and_the_typed_values_stay() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            TestApp.Response page = app.postForm("/projects/SHOP/settings", "name", "Renamed", "baseline", "40",
                    "weight_critical", "lots", "weight_high", "4", "weight_medium", "2", "weight_low", "1",
                    "effort_critical", "4-8", "effort_high", "2-4", "effort_medium", "1-2", "effort_low", "1");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"weight_critical-error\"", "value=\"lots\"", "value=\"Renamed\"");
            assertThat(app.app().projects().get("SHOP").name()).isEqualTo("Web shop");
        }
    }
}
