package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.user.Role;
import io.javalin.http.Context;

/**
 * Who is looking, and the CSRF token their forms carry, as the access guard left them in the
 * {@code user} and {@code csrf} request attributes. Every page route needs a signed-in user, so the
 * fallback name only shows on the error pages of unmatched paths, which no guard has seen.
 */
final class Viewer {
    static final String USER_ATTRIBUTE = "user";
    static final String CSRF_ATTRIBUTE = "csrf";
    static final String ROLE_ATTRIBUTE = "role";
    private static final String ANONYMOUS = "team";

    private Viewer() {
    }

    static String name(Context ctx) {
        Object user = ctx.attribute(USER_ATTRIBUTE);
        return user == null ? ANONYMOUS : user.toString();
    }

    static Actor actor(Context ctx) {
        return Actor.user(name(ctx));
    }

    /** True when the signed-in user's role reaches {@code minimum}: pages show only the controls a role can use. */
    static boolean atLeast(Context ctx, Role minimum) {
        Object role = ctx.attribute(ROLE_ATTRIBUTE);
        return role != null && Role.parse("role", role.toString()).atLeast(minimum);
    }

    static String csrfToken(Context ctx) {
        Object token = ctx.attribute(CSRF_ATTRIBUTE);
        return token == null ? "" : token.toString();
    }
}
