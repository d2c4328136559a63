package dev.punchlist.web.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.security.ApiTokens;
import dev.punchlist.security.LoginThrottle;
import dev.punchlist.security.SecurityLog;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.security.Sessions;
import dev.punchlist.user.Users;
import dev.punchlist.web.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Everything issue 5 adds to the HTTP side, registered in one call: request ids, security headers,
 * metrics, the access guard, and the login, admin, token and audit-log routes.
 */
public final class AuthModule {
    static final String PRINCIPAL = "principal";
    /** JSON and form bodies are small; report uploads use the server-wide limit instead. */
    static final long SMALL_BODY_LIMIT = 64 * 1024;
    /** A body slower than this on average is cut off: 5 MB still has over five hours. */
    static final long MIN_BYTES_PER_SECOND = 256;
    /** Waiting this long for the next bytes of a request ends it. */
    static final long IDLE_TIMEOUT_MS = 10_000;
    /** Requests with a body in flight per client address; above the 64 clients of the load benchmark. */
    static final int BODIES_PER_ADDRESS = 64;

    private final AccessGuard guard;
    private final SecurityHeaders headers;
    private final HttpMetrics metrics;
    private final ChangeAudit changes;
    private final LoginPages login;
    private final AdminPages adminPages;
    private final AdminApi adminApi;
    private final AuthViews views;
    private final ObjectMapper json;

    public AuthModule(SecuritySettings settings, String publicUrl, Users users, Sessions sessions, ApiTokens tokens,
                      LoginThrottle throttle, SecurityLog log, PrometheusMeterRegistry registry, ObjectMapper json) {
        ClientInfo client = new ClientInfo(settings.trustedProxies(), publicUrl);
        SessionCookie cookie = new SessionCookie(settings.cookieSecure(), client);
        this.views = new AuthViews();
        this.json = json;
        this.guard = new AccessGuard(sessions, tokens, cookie, client, settings.metricsToken(), SMALL_BODY_LIMIT);
        this.headers = new SecurityHeaders(client);
        this.metrics = new HttpMetrics(registry);
        this.changes = new ChangeAudit(log, client, registry);
        this.login = new LoginPages(users, sessions, throttle, log, cookie, client, views, registry);
        this.adminPages = new AdminPages(users, log, views);
        this.adminApi = new AdminApi(users, tokens, log, json, client);
    }

    /**
     * Public routes under {@code pathPrefix} check a signature of each call themselves (Jira's webhook): they skip
     * the same-origin check meant for browsers and may receive bodies up to the server-wide limit.
     */
    public void acceptSignedCalls(String pathPrefix) {
        guard.acceptSigned(pathPrefix);
    }

    /**
     * Puts the limits on request bodies into Jetty's servlet context, outermost first: bodies in flight per address,
     * a minimum data rate, and each body's size ({@code requestLimit} is the server-wide one). With the idle timeout
     * they ({@link #limitWaits}) bound what a client sending slowly, or too much, can hold. A slow body is cut off and its request
     * answered 408 or closed.
     */
    public void limitBodies(ServletContextHandler context, long requestLimit) {
        context.insertHandler(new BodyLimit(guard, SMALL_BODY_LIMIT, requestLimit));
        context.insertHandler(new MinimumDataRateHandler(MIN_BYTES_PER_SECOND, 0));
        context.insertHandler(new BodiesPerAddress(BODIES_PER_ADDRESS));
    }

    /** How long Jetty waits for a client; one that sends headers and then waits holds no request thread meanwhile. */
    public void limitWaits(HttpConfiguration http) {
        http.setIdleTimeout(IDLE_TIMEOUT_MS);
        http.setDelayDispatchUntilContent(true);
    }

    /** Where the guard finds the roles of the GET route at a path, to answer HEAD as GET would. */
    public void lookUpGetRolesWith(java.util.function.Function<String, java.util.Set<io.javalin.security.RouteRole>> lookup) {
        guard.lookUpGetRolesWith(lookup);
    }

    /** Lets other features put their own routes in the audit log. */
    public ChangeAudit changeAudit() {
        return changes;
    }

    public void register(RoutesConfig routes) {
        routes.before(RequestIds::begin);
        routes.before(headers::apply);
        routes.before(metrics::start);
        routes.beforeMatched(guard::check);
        routes.after(changes::after);
        routes.after(metrics::finish);
        routes.after(RequestIds::end);
        routes.exception(Refusal.class, this::refuse);

        routes.get("/login", login::form, Access.PUBLIC);
        routes.post("/login", login::submit, Access.PUBLIC);
        routes.post("/logout", login::logout, Access.VIEWER);
        routes.get("/metrics", metrics::scrape, Access.ADMIN);

        routes.get("/admin/users", adminPages::users, Access.ADMIN);
        routes.post("/admin/users", adminPages::addUser, Access.ADMIN);
        routes.post("/admin/users/{username}/role", adminPages::changeRole, Access.ADMIN);
        routes.post("/admin/users/{username}/password", adminPages::resetPassword, Access.ADMIN);
        routes.post("/admin/users/{username}/active", adminPages::setActive, Access.ADMIN);
        routes.get("/admin/audit-log", adminPages::auditLog, Access.ADMIN);

        routes.get("/api/v1/session", AuthModule::session, Access.VIEWER);
        routes.get("/api/v1/users", adminApi::listUsers, Access.ADMIN);
        routes.post("/api/v1/users", adminApi::createUser, Access.ADMIN);
        routes.patch("/api/v1/users/{username}", adminApi::updateUser, Access.ADMIN);
        routes.get("/api/v1/audit-log", adminApi::auditLog, Access.ADMIN);
        routes.get("/api/v1/tokens", adminApi::listTokens, Access.VIEWER);
        routes.post("/api/v1/tokens", adminApi::createToken, Access.VIEWER);
        routes.delete("/api/v1/tokens/{id}", adminApi::revokeToken, Access.VIEWER);
    }

    /** Who is signed in, and the CSRF token a script page or htmx must send back in X-CSRF-Token. */
    private static void session(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("username", principal.username());
        body.put("role", principal.role().label());
        body.put("csrf_token", principal.csrfToken());
        ctx.json(body);
    }

    /** API paths get problem+json; pages get a redirect to the sign-in form or a short HTML page. */
    private void refuse(Refusal refusal, Context ctx) {
        int status = switch (refusal.kind()) {
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN, CSRF -> 403;
            case TOO_LARGE -> 413;
            case THROTTLED -> 429;
        };
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/metrics");
        if (api) {
            if (status == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"punchlist\"");
            }
            problem(ctx, status, refusal.getMessage());
            return;
        }
        if (status == 401) {
            String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(status).html(views.render("auth/refused.peb", Map.of("status", status, "message", refusal.getMessage())));
    }

    private void problem(Context ctx, int status, String detail) {
        String title = switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 413 -> "Body too large";
            default -> "Refused";
        };
        try {
            ctx.status(status).contentType("application/problem+json").result(json.writeValueAsString(Problem.of(status, title, detail, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
