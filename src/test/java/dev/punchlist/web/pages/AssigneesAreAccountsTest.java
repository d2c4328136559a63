package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 4: assignees are accounts, suggested from the users, one person whatever the case typed. */
class AssigneesAreAccountsTest {
    @Test
    void every_account_is_suggested_even_before_it_has_an_item() {
        try (TestApp app = TestApp.start()) {
            PageFixture.imported(app);
            String page = app.get("/projects/SHOP").body();
            String people = page.substring(page.indexOf("<datalist id=\"people\">"), page.indexOf("</datalist>", page.indexOf("<datalist id=\"people\">")));
            assertThat(people).contains("value=\"lead\"", "value=\"member\"", "value=\"viewer\"");
        }
    }

    @Test
    void a_name_typed_in_another_case_is_saved_as_the_accounts_name_in_rows_forms_and_bulk() {
        try (TestApp app = TestApp.start()) {
            var items = PageFixture.imported(app);
            Item first = items.get(0);
            app.postForm("/items/" + first.id() + "/quick", "assignee", "Member", "back", "/projects/SHOP").expect(303);
            assertThat(app.app().items().get(first.id()).assignee()).isEqualTo("member");
            app.postForm("/projects/SHOP/bulk", "ids", String.valueOf(items.get(1).id()), "action", "assign", "bulk_assignee", "LEAD").expect(303);
            assertThat(app.app().items().get(items.get(1).id()).assignee()).isEqualTo("lead");
            app.postForm("/items/" + items.get(2).id() + "/quick", "assignee", "Zoe from ops", "back", "/projects/SHOP").expect(303);
            assertThat(app.app().items().get(items.get(2).id()).assignee()).isEqualTo("Zoe from ops");
        }
    }
}
