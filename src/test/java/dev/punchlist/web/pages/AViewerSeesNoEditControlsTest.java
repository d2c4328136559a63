package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 6: controls a role cannot use are not shown. */
class AViewerSeesNoEditControlsTest {
    private static String page(TestApp app, Role role, String path) {
        TestApp.Login login = app.login(role);
        return app.send(app.request(path).header("Cookie", login.cookie()).GET()).body();
    }

    @Test
    void a_viewer_reads_the_checklist_item_and_stand_up_without_any_form_that_would_answer_403() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            String checklist = page(app, Role.VIEWER, "/projects/SHOP");
            assertThat(checklist).contains("Rotate the leaked database password", "unassigned")
                    .doesNotContain("/quick", "id=\"bulk\"", "Add an item by hand", "name=\"ids\"", ">Import<", ">Settings<");
            String itemPage = page(app, Role.VIEWER, "/items/" + item.id());
            assertThat(itemPage).contains("History").doesNotContain("Save changes", "Add comment", "Delete item");
            assertThat(page(app, Role.VIEWER, "/projects/SHOP/standup")).doesNotContain("Stand-up held");
            assertThat(page(app, Role.VIEWER, "/")).contains("Web shop").doesNotContain("Create project");
        }
    }

    @Test
    void a_member_edits_but_does_not_see_the_leads_delete_import_or_settings() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            assertThat(page(app, Role.MEMBER, "/projects/SHOP")).contains("/quick", "Add an item by hand").doesNotContain(">Import<", ">Settings<");
            assertThat(page(app, Role.MEMBER, "/items/" + item.id())).contains("Save changes", "Add comment").doesNotContain("Delete item");
            assertThat(page(app, Role.LEAD, "/items/" + item.id())).contains("Delete item");
            assertThat(page(app, Role.LEAD, "/projects/SHOP")).contains(">Import<", ">Settings<");
            assertThat(page(app, Role.MEMBER, "/")).doesNotContain("Create project");
            assertThat(page(app, Role.LEAD, "/")).contains("Create project");
        }
    }
}
