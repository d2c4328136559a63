package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BulkActionsTest {
    @TempDir
    Path dir;

    @Test
    void ticked_items_are_assigned_together_and_the_filters_survive_the_redirect() {
        try (TestApp app = TestApp.start(dir)) {
            List<Item> items = PageFixture.imported(app);
            TestApp.Response done = app.postForm("/projects/SHOP/bulk?status=open", "ids", String.valueOf(items.get(0).id()),
                    "ids", String.valueOf(items.get(1).id()), "action", "assign", "bulk_assignee", "kim");
            assertThat(done.status()).isEqualTo(303);
            assertThat(done.location()).isEqualTo("/projects/SHOP?status=open");
            assertThat(app.app().items().all("SHOP", ItemFilter.ALL)).extracting(Item::assignee).containsExactly("kim", "kim", null);
        }
    }

    @Test
    void nothing_ticked_is_explained_on_the_page() {
        try (TestApp app = TestApp.start(dir)) {
            PageFixture.imported(app);
            TestApp.Response page = app.postForm("/projects/SHOP/bulk", "action", "status", "bulk_status", "done");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"bulk-error\"", "tick at least one item");
        }
    }

    @Test
    void closing_as_wont_fix_without_a_reason_changes_none_and_keeps_the_selection() {
        try (TestApp app = TestApp.start(dir)) {
            List<Item> items = PageFixture.imported(app);
            TestApp.Response page = app.postForm("/projects/SHOP/bulk", "ids", String.valueOf(items.get(2).id()),
                    "action", "status", "bulk_status", "wont_fix");
            assertThat(page.status()).isEqualTo(400);
            long id = items.get(2).id();
            assertThat(page.body()).contains("reason is required",
                    "value=\"" + id + "|todo|\" form=\"bulk\" aria-label=\"Select item " + id + "\" checked");
            assertThat(app.app().items().get(items.get(2).id()).status().resolved()).isFalse();
        }
    }

    @Test
    void ticked_items_move_to_another_category_so_a_lead_can_map_them_to_the_reports() {
        try (TestApp app = TestApp.start()) {
            java.util.List<dev.punchlist.plan.Item> items = PageFixture.imported(app);
            app.postForm("/projects/SHOP/bulk", "ids", String.valueOf(items.get(0).id()), "ids", String.valueOf(items.get(1).id()),
                    "action", "category", "bulk_category", "Web security").expect(303);
            assertThat(app.app().items().get(items.get(0).id()).category()).isEqualTo("Web security");
            assertThat(app.app().items().get(items.get(1).id()).category()).isEqualTo("Web security");
            assertThat(app.app().items().get(items.get(2).id()).category()).isEqualTo("Security");
        }
    }

    @Test
    void a_ticked_item_whose_assignee_a_colleague_changed_meanwhile_is_left_as_it_is_and_named() {
        try (TestApp app = TestApp.start(dir)) {
            List<Item> items = PageFixture.imported(app);
            app.app().items().update(items.get(1).id(), null, dev.punchlist.plan.ItemPatch.assignee("bo"), dev.punchlist.plan.Actor.user("bo"));
            // both rows showed "to do" and nobody when the page was loaded
            TestApp.Response done = app.postForm("/projects/SHOP/bulk", "ids", items.get(0).id() + "|todo|",
                    "ids", items.get(1).id() + "|todo|", "action", "assign", "bulk_assignee", "kim");
            assertThat(done.location()).isEqualTo("/projects/SHOP?kept=" + items.get(1).id());
            assertThat(app.app().items().get(items.get(0).id()).assignee()).isEqualTo("kim");
            assertThat(app.app().items().get(items.get(1).id()).assignee()).isEqualTo("bo");
            assertThat(app.get(done.location()).body()).contains("Left item " + items.get(1).id() + " as it was");
        }
    }
}
