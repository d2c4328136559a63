package dev.punchlist.web.auth;

import dev.punchlist.security.LoginThrottle;
import dev.punchlist.security.SecurityLog;
import dev.punchlist.security.Sessions;
import dev.punchlist.user.User;
import dev.punchlist.user.Users;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code GET/POST /login} and {@code POST /logout}. */
final class LoginPages {
    static final String FAILED = "Wrong username or password.";
    static final String LOCKED = "Too many failed sign-ins. Wait a few minutes and try again.";

    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final SecurityLog log;
    private final SessionCookie cookie;
    private final ClientInfo client;
    private final AuthViews views;
    private final MeterRegistry metrics;

    LoginPages(Users users, Sessions sessions, LoginThrottle throttle, SecurityLog log, SessionCookie cookie, ClientInfo client,
               AuthViews views, MeterRegistry metrics) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.log = log;
        this.cookie = cookie;
        this.client = client;
        this.views = views;
        this.metrics = metrics;
    }

    void form(Context ctx) {
        show(ctx, 200, null, ctx.queryParam("next"), null);
    }

    void submit(Context ctx) {
        String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").trim().toLowerCase(java.util.Locale.ROOT);
        String password = ctx.formParam("password");
        String next = ctx.formParam("next");
        String address = client.address(ctx);
        if (throttle.isLocked(username, address)) {
            outcome("locked");
            log.record(username, "login.locked", username, null, address);
            show(ctx, 429, LOCKED, next, username);
            return;
        }
        Optional<User> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            outcome("failure");
            log.record(username, "login.failure", username, null, address);
            show(ctx, 401, FAILED, next, username);
            return;
        }
        // a new id at every login: whatever id the browser held before (perhaps planted) is ended, never promoted
        sessions.end(cookie.read(ctx));
        cookie.write(ctx, sessions.start(user.get()));
        throttle.succeeded(username);
        outcome("success");
        log.record(username, "login.success", username, null, address);
        ctx.redirect(safeNext(next), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        Principal principal = ctx.attribute(AuthModule.PRINCIPAL);
        sessions.end(cookie.read(ctx));
        cookie.clear(ctx);
        log.record(principal == null ? "anonymous" : principal.username(), "logout", null, null, client.address(ctx));
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void outcome(String outcome) {
        metrics.counter("punchlist.logins", "outcome", outcome).increment();
    }

    private void show(Context ctx, int status, String error, String next, String username) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("next", safeNext(next));
        model.put("username", username);
        Principal principal = ctx.attribute(AuthModule.PRINCIPAL);
        if (principal != null && principal.csrfToken() != null) {
            // already signed in in this browser: say so, offer the way on and the way out, and still allow switching users
            model.put("viewer", principal.username());
            model.put("csrf", principal.csrfToken());
        }
        ctx.status(status).html(views.render("auth/login.peb", model));
    }

    /** Only a path on this site: "/x" but not "//evil.example" or "/\evil", so login is no open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 2000
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
