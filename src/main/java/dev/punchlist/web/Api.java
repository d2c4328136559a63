package dev.punchlist.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.Comments;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Projects;
import dev.punchlist.plan.ReadinessTracker;
import dev.punchlist.store.Database;
import dev.punchlist.web.auth.Access;
import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Declares the JSON API under {@code /api/v1}, the OpenAPI description, and the health checks. */
public final class Api {
    private final Database database;
    private final ProjectApi projects;
    private final ItemApi items;
    private final AuditApi audits;
    private final ReadinessApi readiness;
    private final CommentApi comments;
    private final ApiErrors errors;

    public Api(Database database, Projects projects, Items items, Importer importer, ReadinessTracker readiness,
               Comments comments, ObjectMapper json) {
        this.comments = new CommentApi(comments, items, json);
        this.database = database;
        this.projects = new ProjectApi(projects, json);
        this.items = new ItemApi(items, json);
        this.audits = new AuditApi(importer);
        this.readiness = new ReadinessApi(readiness, projects, items);
        this.errors = new ApiErrors(json);
    }

    private void ready(io.javalin.http.Context ctx) {
        if (database.isReady()) {
            ctx.json(Map.of("status", "ready"));
            return;
        }
        String fault = database.writeFault();
        ctx.status(503).json(fault == null ? Map.of("status", "not ready")
                : Map.of("status", "not ready", "reason", "the database cannot be written: " + fault));
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "up")), Access.PUBLIC);
        routes.get("/ready", this::ready, Access.PUBLIC);
        String openApi = openApi();
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi), Access.PUBLIC);
        routes.post("/api/v1/projects", projects::create, Access.LEAD);
        routes.get("/api/v1/projects", projects::list, Access.VIEWER);
        routes.get("/api/v1/projects/{key}", projects::get, Access.VIEWER);
        routes.patch("/api/v1/projects/{key}", projects::update, Access.LEAD);
        routes.delete("/api/v1/projects/{key}", projects::delete, Access.LEAD);
        routes.post("/api/v1/projects/{key}/audits", audits::create, Access.LEAD);
        routes.get("/api/v1/projects/{key}/audits", audits::list, Access.VIEWER);
        routes.get("/api/v1/projects/{key}/items", items::list, Access.VIEWER);
        routes.patch("/api/v1/projects/{key}/items", items::updateMany, Access.MEMBER);
        routes.get("/api/v1/projects/{key}/readiness", readiness::current, Access.VIEWER);
        routes.get("/api/v1/projects/{key}/readiness/history", readiness::history, Access.VIEWER);
        routes.get("/api/v1/projects/{key}/export", readiness::export, Access.VIEWER);
        routes.get("/api/v1/items/{id}", items::get, Access.VIEWER);
        routes.patch("/api/v1/items/{id}", items::update, Access.MEMBER);
        routes.get("/api/v1/items/{id}/history", items::history, Access.VIEWER);
        routes.get("/api/v1/items/{id}/comments", comments::list, Access.VIEWER);
        routes.post("/api/v1/items/{id}/comments", comments::add, Access.MEMBER);
        errors.register(routes);
    }

    private static String openApi() {
        try (InputStream in = Api.class.getResourceAsStream("/openapi.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
