package dev.punchlist.web.auth;

import dev.punchlist.security.SecurityLog;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes imports and project-setting changes to the audit log after they succeed, keyed by route template,
 * so the handlers stay about their domain. Other features add their routes with {@link #watch}.
 */
public final class ChangeAudit {
    private final SecurityLog log;
    private final ClientInfo client;
    private final MeterRegistry metrics;
    private final Map<String, String> actions = new ConcurrentHashMap<>();
    private final Map<String, String> formActions = new ConcurrentHashMap<>();

    ChangeAudit(SecurityLog log, ClientInfo client, MeterRegistry metrics) {
        this.log = log;
        this.client = client;
        this.metrics = metrics;
        watch(HandlerType.POST, "/api/v1/projects", "project.create");
        watch(HandlerType.PATCH, "/api/v1/projects/{key}", "project.settings");
        watch(HandlerType.DELETE, "/api/v1/projects/{key}", "project.delete");
        watch(HandlerType.POST, "/api/v1/projects/{key}/audits", "audit.import");
    }

    /** Records {@code action} whenever {@code method path} (a route template) answers 2xx. */
    public void watch(HandlerType method, String path, String action) {
        actions.put(method.name() + " " + path, action);
    }

    /**
     * Records {@code action} whenever the page form {@code method path} redirects (303): forms redirect after a
     * success, and re-render with 200 or 4xx for a preview or an error, which changed nothing.
     */
    public void watchForm(HandlerType method, String path, String action) {
        formActions.put(method.name() + " " + path, action);
    }

    void after(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return;
        }
        String route = endpoint.method.name() + " " + endpoint.path;
        int status = ctx.statusCode();
        String action = status == 303 ? formActions.get(route) : status >= 200 && status <= 299 ? actions.get(route) : null;
        if (action == null || "true".equalsIgnoreCase(ctx.queryParam("dry_run")) || ctx.statusCode() == 200 && action.equals("audit.import")) {
            return; // a dry run or an already-imported report changed nothing
        }
        String actor = ctx.attribute("user");
        String target = ctx.pathParamMap().getOrDefault("key", ctx.path());
        log.record(actor == null ? "anonymous" : actor, action, target, null, client.address(ctx));
        if (action.equals("audit.import")) {
            metrics.counter("punchlist.imports").increment();
        }
    }
}
