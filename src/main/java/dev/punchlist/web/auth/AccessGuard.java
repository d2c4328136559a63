package dev.punchlist.web.auth;

import dev.punchlist.security.ApiTokens;
import dev.punchlist.security.Secrets;
import dev.punchlist.security.Sessions;
import dev.punchlist.security.TokenScope;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Runs before every matched route (Javalin's {@code beforeMatched}): finds who is asking, then admits the
 * request only if the route's declared {@link Access} allows it, the token's scope allows the method, and
 * a browser's state-changing request repeats the session's CSRF token from a same-origin page.
 */
final class AccessGuard {
    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    /** static assets served by Javalin's resource handler have no route to declare a role */
    private static final String[] STATIC_PREFIXES = {"/public/", "/webjars/"};
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Sessions sessions;
    private final ApiTokens tokens;
    private final SessionCookie cookie;
    private final ClientInfo client;
    private final String metricsToken;
    private final long smallBodyLimit;
    private final List<String> signedPrefixes = new CopyOnWriteArrayList<>();
    private volatile Function<String, Set<RouteRole>> getRoles = path -> Set.of();

    AccessGuard(Sessions sessions, ApiTokens tokens, SessionCookie cookie, ClientInfo client, String metricsToken, long smallBodyLimit) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.cookie = cookie;
        this.client = client;
        this.metricsToken = metricsToken;
        this.smallBodyLimit = smallBodyLimit;
    }

    /**
     * Javalin answers HEAD with the GET route's handler but matches no route before it, so the GET route's roles
     * are looked up: HEAD gets exactly what GET would, minus the body, instead of a refusal and an error in the log.
     */
    void lookUpGetRolesWith(Function<String, Set<RouteRole>> lookup) {
        this.getRoles = lookup;
    }

    /** Public routes under {@code prefix} authenticate each call by a signature of their own (e.g. a webhook HMAC). */
    void acceptSigned(String prefix) {
        signedPrefixes.add(prefix);
    }

    private boolean signed(Context ctx) {
        return signedPrefixes.stream().anyMatch(ctx.path()::startsWith);
    }

    void check(Context ctx) {
        Access access = declared(ctx);
        limitBody(ctx);
        Principal principal = identify(ctx);
        if (principal != null) {
            ctx.attribute(AuthModule.PRINCIPAL, principal);
            ctx.attribute("user", principal.username());
            ctx.attribute("role", principal.role().label());
            if (principal.csrfToken() != null) {
                ctx.attribute("csrf", principal.csrfToken());
            }
        }
        boolean changes = !SAFE.contains(ctx.method());
        if (access == Access.PUBLIC) {
            // A signed call comes from a server (Jira), not a browser: there is no origin to check and no cookie to ride on.
            if (changes && !signed(ctx) && !client.sameOrigin(ctx, requestOrigin(ctx))) {
                throw new Refusal(Refusal.Kind.CSRF, "the request did not come from a page of this site");
            }
            return;
        }
        if (principal == null) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "sign in, or send an API token as Authorization: Bearer");
        }
        if (principal.scope() == TokenScope.READ && changes) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "this API token has read scope; use a write-scope token to change anything");
        }
        if (!principal.role().atLeast(access.minimum())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "this needs the " + access.minimum().label() + " role; you are " + principal.role().label());
        }
        if (changes && principal.via() == Principal.Via.SESSION) {
            checkCsrf(ctx, principal);
        }
    }

    private Access declared(Context ctx) {
        Set<RouteRole> roles = ctx.method() == HandlerType.HEAD && ctx.routeRoles().isEmpty() ? getRoles.apply(ctx.path()) : ctx.routeRoles();
        Access found = null;
        for (RouteRole role : roles) {
            if (role instanceof Access access) {
                if (found != null) {
                    LOG.error("route {} {} declares more than one access role {}", ctx.method(), ctx.path(), roles);
                    throw new Refusal(Refusal.Kind.FORBIDDEN, "this route is not configured for access");
                }
                found = access;
            }
        }
        if (found != null) {
            return found;
        }
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null && isStatic(ctx.path())) {
            return Access.PUBLIC;
        }
        // deny by default: a route someone forgot to declare is closed, not open
        LOG.error("route {} {} declares no access role; refusing", ctx.method(), endpoint == null ? ctx.path() : endpoint.path);
        throw new Refusal(Refusal.Kind.FORBIDDEN, "this route is not configured for access");
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a declared length over the body's limit before any handler runs. The length is read as a long: the
     * servlet API's int length says "unknown" beyond 2^31, which used to skip the check. Bodies sent without a
     * length are held to the same limit as they are read ({@link BodyLimit}).
     */
    private void limitBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > smallBodyLimit && isSmall(ctx.path(), ctx.contentType())) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "the body is larger than " + smallBodyLimit + " bytes");
        }
    }

    /** Forms and JSON are small; only a report upload (markdown, text or multipart) or a signed call may be larger. */
    boolean isSmall(String path, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        boolean report = type.startsWith("multipart/form-data") || type.startsWith("text/markdown")
                || type.startsWith("text/plain") || type.startsWith("text/x-markdown");
        return !report && signedPrefixes.stream().noneMatch(path::startsWith);
    }

    private Principal identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = authorization.substring(7).trim();
            if (metricsToken != null && "/metrics".equals(ctx.path()) && Secrets.equal(secret, metricsToken)) {
                return new Principal("metrics", dev.punchlist.user.Role.ADMIN, Principal.Via.METRICS_TOKEN, null, TokenScope.READ, null);
            }
            // a bad token is an error even on public routes' neighbours: never fall back to the cookie
            return tokens.authenticate(secret)
                    .map(t -> new Principal(t.user().username(), t.user().role(), Principal.Via.API_TOKEN, null, t.scope(), null))
                    .orElse(null);
        }
        String sessionId = cookie.read(ctx);
        return sessions.find(sessionId)
                .map(s -> new Principal(s.user().username(), s.user().role(), Principal.Via.SESSION, s.csrfToken(), null, sessionId))
                .orElse(null);
    }

    private void checkCsrf(Context ctx, Principal principal) {
        if (!client.sameOrigin(ctx, requestOrigin(ctx))) {
            throw new Refusal(Refusal.Kind.CSRF, "the request did not come from a page of this site (Origin/Referer)");
        }
        String presented = ctx.header(CSRF_HEADER);
        if (presented == null && isForm(ctx)) {
            presented = ctx.formParam(CSRF_FIELD);
        }
        if (!Secrets.equal(presented, principal.csrfToken())) {
            throw new Refusal(Refusal.Kind.CSRF, "the CSRF token is missing or wrong; reload the page and try again");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    /** Origin when the browser sent one, else the origin of the Referer. */
    private static String requestOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.isBlank() && !"null".equals(origin)) {
            return origin;
        }
        return ClientInfo.origin(ctx.header("Referer"));
    }
}
