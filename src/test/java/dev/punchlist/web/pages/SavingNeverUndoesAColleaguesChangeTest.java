package dev.punchlist.web.pages;

import dev.punchlist.plan.Item;
import dev.punchlist.plan.Status;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, blocker 1: two people with the same item open. A form sends back every field, so the server
 * saves only what this person changed since the form was loaded (the {@code was_} values).
 */
class SavingNeverUndoesAColleaguesChangeTest {

    /** The item form as the page renders it for {@code item}: every field, its loaded value, the version. */
    private static Map<String, String> loaded(Item item) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", item.title());
        form.put("status", item.status().label());
        form.put("reason", "");
        form.put("assignee", item.assignee() == null ? "" : item.assignee());
        form.put("due", item.due() == null ? "" : item.due().toString());
        form.put("effort", item.effort().toString());
        form.put("phase", String.valueOf(item.phase()));
        form.put("severity", item.severity().label());
        form.put("category", item.category() == null ? "" : item.category());
        for (String field : FormEdit.FIELDS) {
            form.put("was_" + field, form.get(field));
        }
        form.put("version", String.valueOf(item.version()));
        return form;
    }

    private static String[] pairs(Map<String, String> form) {
        return form.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    private static int postAs(TestApp app, TestApp.Login who, String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", who.csrf());
        HttpResponse<String> response = app.send(app.request(path).header("Cookie", who.cookie()).header("Origin", who.origin())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(TestApp.form(fields)));
        return response.statusCode();
    }

    @Test
    void saving_a_due_date_keeps_the_status_and_comment_a_colleague_saved_meanwhile() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            Map<String, String> mine = loaded(item);
            Map<String, String> theirs = loaded(item);
            TestApp.Login member = app.login(Role.MEMBER);
            theirs.put("status", "in_progress");
            assertThat(postAs(app, member, "/items/" + item.id(), theirs)).isEqualTo(303);
            assertThat(postAs(app, member, "/items/" + item.id() + "/comments", Map.of("comment", "started in the vault"))).isEqualTo(303);

            mine.put("due", "2030-01-31");
            TestApp.Response saved = app.postForm("/items/" + item.id(), pairs(mine));

            assertThat(saved.status()).isEqualTo(303);
            assertThat(saved.location()).contains("merged=status");
            Item now = app.app().items().get(item.id());
            assertThat(now.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(now.due()).hasToString("2030-01-31");
            assertThat(app.get(saved.location()).body()).contains("started in the vault", "Saved on top of member");
        }
    }

    @Test
    void when_both_change_the_same_field_nothing_is_saved_the_field_is_marked_and_saving_again_keeps_their_other_changes() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            Map<String, String> mine = loaded(item);
            Map<String, String> theirs = loaded(item);
            theirs.put("status", "blocked");
            theirs.put("assignee", "bo");
            assertThat(postAs(app, app.login(Role.MEMBER), "/items/" + item.id(), theirs)).isEqualTo(303);

            mine.put("status", "done");
            mine.put("due", "2030-02-01");
            TestApp.Response conflict = app.postForm("/items/" + item.id(), pairs(mine));

            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.body()).contains("member changed this item meanwhile", "You both changed <strong>status</strong>",
                    "class=\"is-contested\"", "<option value=\"done\" selected>", "value=\"bo\"", "value=\"2030-02-01\"",
                    "name=\"was_status\" value=\"blocked\"", "name=\"version\" value=\"2\"");
            assertThat(app.app().items().get(item.id()).status()).isEqualTo(Status.BLOCKED);

            // saving the conflict page's form as it stands: it now holds their version as the loaded one
            Item current = app.app().items().get(item.id());
            Map<String, String> again = loaded(current);
            again.put("status", "done");
            again.put("due", "2030-02-01");
            assertThat(app.postForm("/items/" + item.id(), pairs(again)).status()).isEqualTo(303);
            Item now = app.app().items().get(item.id());
            assertThat(now.status()).isEqualTo(Status.DONE);
            assertThat(now.assignee()).isEqualTo("bo");
            assertThat(now.due()).hasToString("2030-02-01");
        }
    }

    @Test
    void a_checklist_row_saves_only_its_changed_field_on_top_of_a_colleagues_change() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            Map<String, String> row = new LinkedHashMap<>(Map.of("status", "todo", "assignee", "", "due", "", "was_status", "todo",
                    "was_assignee", "", "was_due", "", "version", "1", "back", "/projects/SHOP"));
            Map<String, String> theirs = new LinkedHashMap<>(row);
            theirs.put("assignee", "bo");
            assertThat(postAs(app, app.login(Role.MEMBER), "/items/" + item.id() + "/quick", theirs)).isEqualTo(303);

            row.put("status", "in_progress");
            TestApp.Response fragment = app.postForm("/items/" + item.id() + "/quick", Map.of("HX-Request", "true"), pairs(row));

            assertThat(fragment.body()).contains("saved on top of member&#39;s change to assignee", "value=\"bo\"");
            Item now = app.app().items().get(item.id());
            assertThat(now.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(now.assignee()).isEqualTo("bo");
        }
    }

    @Test
    void a_form_without_a_version_sets_only_the_fields_it_names() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            app.postForm("/items/" + item.id() + "/quick", "assignee", "bo", "back", "/projects/SHOP").expect(303);
            app.postForm("/items/" + item.id() + "/quick", "status", "in_progress", "back", "/projects/SHOP").expect(303);
            Item now = app.app().items().get(item.id());
            assertThat(now.assignee()).isEqualTo("bo");
            assertThat(now.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(now.due()).isNull();
        }
    }

    @Test
    void comments_are_kept_in_order_with_author_and_time_and_an_empty_one_is_refused_next_to_the_field() {
        try (TestApp app = TestApp.start()) {
            Item item = PageFixture.imported(app).get(0);
            assertThat(postAs(app, app.login(Role.MEMBER), "/items/" + item.id() + "/comments", Map.of("comment", "first from member"))).isEqualTo(303);
            app.postForm("/items/" + item.id() + "/comments", "comment", "then admin").expect(303);
            String page = app.get("/items/" + item.id()).body();
            assertThat(page).containsSubsequence("<strong>member</strong>", "first from member", "<strong>admin</strong>", "then admin");
            TestApp.Response empty = app.postForm("/items/" + item.id() + "/comments", "comment", "  ");
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.body()).contains("id=\"comment-error\"");
        }
    }
}
