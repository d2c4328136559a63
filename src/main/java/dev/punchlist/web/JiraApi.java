package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.jira.SeenDeliveries;
import dev.punchlist.jira.WebhookVerifier;
import dev.punchlist.jira.sync.JiraBackground;
import dev.punchlist.jira.sync.JiraInbound;
import dev.punchlist.jira.sync.JiraSettingsStore;
import dev.punchlist.jira.sync.JiraSync;
import dev.punchlist.jira.sync.JiraWebhooks;
import dev.punchlist.jira.sync.Selection;
import dev.punchlist.jira.sync.SyncWorker;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.web.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/projects/{key}/jira/...}: declares the Jira routes (settings and the connection test are in
 * {@link JiraSettingsApi}); handles push (or its dry run), per-item sync state and Jira's signed webhook.
 * Pushes are queued in one transaction and sent by the background thread; the status route shows how far they got.
 */
public final class JiraApi {
    /** Where Jira posts its webhooks, one URL per project; signed, so the route itself is public. */
    public static final String WEBHOOK_PREFIX = "/api/v1/jira/webhook/";
    private static final String BASE = "/api/v1/projects/{key}/jira";

    private final JiraSync sync;
    private final JiraSettingsApi settings;
    private final JiraWebhooks webhooks;
    private final JiraBackground background;
    private final JiraInbound inbound;
    private final ObjectMapper json;
    private final ApiErrors errors;

    public JiraApi(JiraSync sync, SyncWorker worker, JiraWebhooks webhooks, JiraBackground background, JiraInbound inbound,
                   String publicUrl, ObjectMapper json) {
        this.sync = sync;
        this.settings = new JiraSettingsApi(sync.settingsStore(), worker, publicUrl, json);
        this.webhooks = webhooks;
        this.background = background;
        this.inbound = inbound;
        this.json = json;
        this.errors = new ApiErrors(json);
    }

    public void register(RoutesConfig routes) {
        routes.get(BASE + "/settings", settings::settings, Access.LEAD);
        routes.put(BASE + "/settings", settings::save, Access.LEAD);
        routes.post(BASE + "/test", settings::test, Access.LEAD);
        routes.post(BASE + "/push", this::push, Access.MEMBER);
        routes.post(BASE + "/pull", this::pull, Access.MEMBER);
        routes.get(BASE + "/status", this::status, Access.VIEWER);
        routes.post(WEBHOOK_PREFIX + "{key}", this::webhook, Access.PUBLIC);
    }

    void push(Context ctx) {
        String key = ctx.pathParam("key");
        Selection selection = selection(ctx);
        if (dryRun(ctx)) {
            ctx.json(pushJson(true, sync.plan(key, selection)));
            return;
        }
        List<JiraSync.Planned> planned = sync.push(key, selection);
        background.drainSoon(key);
        ctx.status(202).json(pushJson(false, planned));
    }

    /**
     * Brings the changes made in Jira since the last pull back now, instead of at the next scheduled poll
     * (for someone who just moved tickets in Jira before a stand-up). An unknown project is a 404, one without
     * Jira settings a 409; Jira refusing the settings answers 200 with the problem, as the status route shows it.
     */
    void pull(Context ctx) {
        JiraInbound.PullReport report = inbound.pull(ctx.pathParam("key"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", report.read());
        out.put("changed", report.changed());
        out.put("kept_punchlist", report.keptPunchlist());
        out.put("problem", report.problem());
        ctx.json(out);
    }

    /** {@code {"item_ids": [..]}}, {@code {"phase": n}}, {@code {"all": true}}; no body means every open item. */
    private Selection selection(Context ctx) {
        if (ctx.body().isBlank()) {
            return Selection.allOpen();
        }
        JsonNode body = Bodies.object(ctx, json);
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!List.of("item_ids", "phase", "all").contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.get(0), "is not a push option; give item_ids, phase or all");
        }
        List<Long> ids = body.has("item_ids") ? ids(body.get("item_ids")) : null;
        Integer phase = body.has("phase") ? phase(body.get("phase")) : null;
        JsonNode all = body.get("all");
        if (all != null && !all.isBoolean()) {
            throw new InvalidInputException("all", "must be true or false");
        }
        boolean everything = all != null ? all.asBoolean() : ids == null && phase == null;
        return new Selection(ids, phase, everything);
    }

    private static List<Long> ids(JsonNode node) {
        if (!node.isArray()) {
            throw new InvalidInputException("item_ids", "must be an array of item ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : node) {
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
                throw new InvalidInputException("item_ids", "must hold item ids (positive whole numbers)");
            }
            ids.add(id.asLong());
        }
        return ids;
    }

    private static Integer phase(JsonNode node) {
        if (!node.isInt() || node.asInt() < 0 || node.asInt() > 2) {
            throw new InvalidInputException("phase", "must be 0, 1 or 2");
        }
        return node.asInt();
    }

    private static boolean dryRun(Context ctx) {
        String value = ctx.queryParam("dry_run");
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("dry_run", "must be true or false");
    }

    private static Map<String, Object> pushJson(boolean dryRun, List<JiraSync.Planned> planned) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dry_run", dryRun);
        for (String action : List.of(JiraSync.CREATE, JiraSync.UPDATE, "unchanged", "pending")) {
            out.put(action, planned.stream().filter(p -> p.action().equals(action)).count());
        }
        out.put("tickets", planned);
        return out;
    }

    void status(Context ctx) {
        String key = ctx.pathParam("key");
        var view = sync.settingsStore().find(key);
        List<JiraSync.ItemStatus> items = sync.status(key);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String state : List.of("not_pushed", "pending", "synced", "failed")) {
            counts.put(state, items.stream().filter(i -> i.state().equals(state)).count());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("configured", view.isPresent());
        out.put("problem", view.map(JiraSettingsStore.View::problem).orElse(null));
        out.put("problem_at", view.map(JiraSettingsStore.View::problemAt).orElse(null));
        out.put("counts", counts);
        out.put("health", sync.health(key));
        out.put("items", items);
        ctx.json(out);
    }

    /** Jira's delivery: 401 unless signed with the project's secret; 503 asks Jira to retry later. */
    void webhook(Context ctx) {
        JiraWebhooks.Delivery delivery = webhooks.receive(ctx.pathParam("key"), ctx.bodyAsBytes(),
                ctx.header(WebhookVerifier.HEADER), ctx.header(SeenDeliveries.HEADER));
        if (delivery.result() == JiraWebhooks.Result.REFUSED) {
            errors.send(ctx, Problem.of(401, "Unauthorized", "the delivery is not signed with this project's webhook "
                    + "secret (X-Hub-Signature: sha256=<HMAC of the body>)", WebhookVerifier.HEADER));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("result", delivery.result().name().toLowerCase(Locale.ROOT));
        out.put("issue_key", delivery.issueKey());
        ctx.json(out);
    }
}
