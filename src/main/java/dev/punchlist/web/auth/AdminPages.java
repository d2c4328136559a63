package dev.punchlist.web.auth;

import dev.punchlist.plan.ConflictException;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.NotFoundException;
import dev.punchlist.security.SecurityLog;
import dev.punchlist.user.Role;
import dev.punchlist.user.Users;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The admin's pages: users and their roles, and the audit log. */
final class AdminPages {
    private final Users users;
    private final SecurityLog log;
    private final AuthViews views;

    AdminPages(Users users, SecurityLog log, AuthViews views) {
        this.users = users;
        this.log = log;
        this.views = views;
    }

    void users(Context ctx) {
        showUsers(ctx, 200, null);
    }

    void addUser(Context ctx) {
        try {
            users.create(ctx.formParam("username"), ctx.formParam("password"), Role.parse("role", ctx.formParam("role")), ctx.attribute("user"));
            ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException | ConflictException e) {
            // the typed name and role come back; the password never does
            ctx.attribute(TYPED, Map.of("username", Objects.toString(ctx.formParam("username"), ""),
                    "role", Objects.toString(ctx.formParam("role"), "")));
            showUsers(ctx, 400, e.getMessage());
        }
    }

    private static final String TYPED = "admin.typed";

    void changeRole(Context ctx) {
        try {
            users.changeRole(ctx.pathParam("username"), Role.parse("role", ctx.formParam("role")), ctx.attribute("user"));
            ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            showUsers(ctx, 400, e.getMessage());
        }
    }

    /** Deactivates ({@code active=false}) or reactivates an account; a deactivated one cannot sign in. */
    void setActive(Context ctx) {
        String active = ctx.formParam("active");
        try {
            if (!"true".equals(active) && !"false".equals(active)) {
                throw new InvalidInputException("active", "must be true or false");
            }
            users.setActive(ctx.pathParam("username"), Boolean.parseBoolean(active), ctx.attribute("user"));
            ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            showUsers(ctx, 400, ctx.pathParam("username") + ": " + e.getMessage());
        }
    }

    /** Sets a new password for someone who lost theirs; their sessions end (see {@link Users#changePassword}). */
    void resetPassword(Context ctx) {
        try {
            users.changePassword(ctx.pathParam("username"), ctx.formParam("password"), ctx.attribute("user"));
            ctx.redirect("/admin/users?reset=" + java.net.URLEncoder.encode(ctx.pathParam("username"), java.nio.charset.StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        } catch (InvalidInputException | NotFoundException e) {
            showUsers(ctx, 400, ctx.pathParam("username") + ": " + e.getMessage());
        }
    }

    void auditLog(Context ctx) {
        Map<String, Object> model = base(ctx);
        model.put("events", log.recent(200, null));
        ctx.html(views.render("auth/audit-log.peb", model));
    }

    private void showUsers(Context ctx, int status, String error) {
        Map<String, Object> model = base(ctx);
        model.put("users", users.list());
        model.put("roles", Arrays.stream(Role.values()).map(Role::label).toList());
        model.put("error", error);
        model.put("reset", ctx.queryParam("reset"));
        Map<String, String> typed = ctx.attribute(TYPED);
        model.put("form", typed == null ? Map.of() : typed);
        ctx.status(status).html(views.render("auth/users.peb", model));
        ctx.attribute(dev.punchlist.web.pages.Pages.RENDERED, Boolean.TRUE);
    }

    private static Map<String, Object> base(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", ctx.attribute("csrf"));
        model.put("user", ctx.attribute("user"));
        // the site's layout: header with the signed-in name, and the admin links (only admins reach these pages)
        model.put("viewer", ctx.attribute("user"));
        model.put("isAdmin", true);
        model.put("isLead", true);
        model.put("canEdit", true);
        return model;
    }
}
