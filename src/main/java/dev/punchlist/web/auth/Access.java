package dev.punchlist.web.auth;

import dev.punchlist.user.Role;
import io.javalin.security.RouteRole;

/**
 * The one role every route declares: {@code routes.get(path, handler, Access.VIEWER)}. A route that
 * declares none is refused to everybody (deny by default), and a test walks all routes to prove it.
 */
public enum Access implements RouteRole {
    /** anyone, signed in or not: health, login, OpenAPI, static assets */
    PUBLIC(null),
    VIEWER(Role.VIEWER),
    MEMBER(Role.MEMBER),
    LEAD(Role.LEAD),
    ADMIN(Role.ADMIN);

    private final Role minimum;

    Access(Role minimum) {
        this.minimum = minimum;
    }

    /** The smallest account role admitted; null for {@link #PUBLIC}. */
    public Role minimum() {
        return minimum;
    }
}
