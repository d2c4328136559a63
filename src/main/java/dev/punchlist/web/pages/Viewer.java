package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import io.javalin.http.Context;

/**
 * Who is looking, and the CSRF token their forms carry, as the access guard left them in the
 * {@code user} and {@code csrf} request attributes. Every page route needs a signed-in user, so the
 * fallback name only shows on the error pages of unmatched paths, which no guard has seen.
 */
final class Viewer {
    static final String USER_ATTRIBUTE = "user";
    static final String CSRF_ATTRIBUTE = "csrf";
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

    static String csrfToken(Context ctx) {
        Object token = ctx.attribute(CSRF_ATTRIBUTE);
        return token == null ? "" : token.toString();
    }
}
