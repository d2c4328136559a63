package dev.punchlist.web;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, item 8: a bulk entry without a version changes only what it names, as the README says. */
class VersionlessBulkChangesSetOnlyTheFieldsTheyNameTest {
    @Test
    void a_versionless_bulk_status_change_keeps_the_assignee_and_due_date_someone_set_meanwhile() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("SHOP", "# A\n\n- [ ] **High:** Add rate limiting to the login form\n").expect(201);
            long id = app.get("/api/v1/projects/SHOP/items").json().get("items").get(0).get("id").asLong();
            app.app().items().update(id, null, ItemPatch.assignee("dana"), Actor.user("dana"));

            app.patchJson("/api/v1/projects/SHOP/items", "{\"items\":[{\"id\":" + id + ",\"status\":\"in_progress\"}]}").expect(200);

            Item now = app.app().items().get(id);
            assertThat(now.status().label()).isEqualTo("in_progress");
            assertThat(now.assignee()).isEqualTo("dana");
        }
    }
}
