package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 6: admin pages and the 403 page use the site's layout; admins find them from the header. */
class AdminPagesUseTheSiteLayoutTest {
    private static String page(TestApp app, Role role, String path) {
        TestApp.Login login = app.login(role);
        return app.send(app.request(path).header("Cookie", login.cookie()).GET()).body();
    }

    @Test
    void the_users_page_has_the_sites_header_and_a_refused_new_user_keeps_the_typed_name_and_role() {
        try (TestApp app = TestApp.start()) {
            assertThat(page(app, Role.ADMIN, "/admin/users")).contains("class=\"brand\"", "/public/punchlist.css",
                    "aria-label=\"Administration\"", "href=\"/admin/audit-log\"");
            TestApp.Response refused = app.postForm("/admin/users", "username", "newcomer", "password", "short", "role", "lead");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("value=\"newcomer\"", "<option value=\"lead\" selected>").doesNotContain("value=\"short\"");
        }
    }

    @Test
    void only_admins_see_the_admin_links_and_a_refusal_page_has_the_sites_layout() {
        try (TestApp app = TestApp.start()) {
            app.app().projects().create("SHOP", "Web shop", null);
            assertThat(page(app, Role.LEAD, "/")).doesNotContain("href=\"/admin/users\"");
            assertThat(page(app, Role.ADMIN, "/")).contains("href=\"/admin/users\"");
            String refused = page(app, Role.MEMBER, "/admin/users");
            assertThat(refused).contains("not allowed", "class=\"brand\"", "/public/punchlist.css");
        }
    }

    @Test
    void an_admin_resets_a_password_and_the_old_one_no_longer_signs_in() {
        try (TestApp app = TestApp.start()) {
            TestApp.Response reset = app.postForm("/admin/users/member/password", "password", "a brand new long password");
            assertThat(reset.status()).isEqualTo(303);
            assertThat(app.get(reset.location()).body()).contains("New password set for member");
            app.login("member", "a brand new long password");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.login(Role.MEMBER)).isInstanceOf(IllegalStateException.class);
            assertThat(app.postForm("/admin/users/member/password", "password", "short").body()).contains("member: password must be at least");
        }
    }
}
