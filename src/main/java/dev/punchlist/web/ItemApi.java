package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.Actor;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.ItemPage;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.Status;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /api/v1/.../items}: list with filters, read one, change one or many, read history. */
final class ItemApi {
    private static final int DEFAULT_LIMIT = 100;
    /** An item's ETag is its version in quotes; a weak one (W/) is taken too. */
    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*");

    private final Items items;
    private final ObjectMapper json;

    ItemApi(Items items, ObjectMapper json) {
        this.items = items;
        this.json = json;
    }

    void list(Context ctx) {
        ItemPage page = items.list(ctx.pathParam("key"), filter(ctx), intParam(ctx, "limit", DEFAULT_LIMIT), ctx.queryParam("cursor"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(ItemJson::of).toList());
        body.put("next_cursor", page.nextCursor());
        ctx.json(body);
    }

    static ItemFilter filter(Context ctx) {
        String phase = ctx.queryParam("phase");
        String severity = ctx.queryParam("severity");
        String status = ctx.queryParam("status");
        return new ItemFilter(phase == null ? null : phase(phase),
                severity == null || severity.isEmpty() ? null : Severity.parse("severity", severity),
                status == null || status.isEmpty() ? null : Status.parse("status", status),
                ctx.queryParam("assignee"), emptyToNull(ctx.queryParam("category")), emptyToNull(ctx.queryParam("q")));
    }

    private static Integer phase(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[012]")) {
            throw new InvalidInputException("phase", "must be 0, 1 or 2");
        }
        return Integer.parseInt(value);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    void get(Context ctx) {
        Item item = items.get(id(ctx));
        ctx.header("ETag", ItemJson.etag(item)).json(ItemJson.of(item, items.mentions(item.id())));
    }

    void update(Context ctx) {
        JsonNode body = Bodies.object(ctx, json);
        Item item = items.update(id(ctx), version(ctx, body), ItemPatchJson.read(body), actor(ctx));
        Json.send(ctx.header("ETag", ItemJson.etag(item)), json, ItemJson.of(item));
    }

    void updateMany(Context ctx) {
        JsonNode body = Bodies.object(ctx, json);
        JsonNode list = body.get("items");
        if (list == null || !list.isArray()) {
            throw new InvalidInputException("items", "must be an array of item changes, each with an id");
        }
        List<Items.ItemUpdate> updates = new ArrayList<>();
        for (JsonNode entry : list) {
            if (entry == null || !entry.path("id").canConvertToLong() || !entry.path("id").isIntegralNumber()) {
                throw new InvalidInputException("items[].id", "every change needs the item id");
            }
            JsonNode version = entry.get("version");
            updates.add(new Items.ItemUpdate(entry.get("id").asLong(), version == null || version.isNull() ? null
                    : versionNumber(version, "items[].version"), ItemPatchJson.read(entry)));
        }
        List<ItemJson> changed = items.updateAll(ctx.pathParam("key"), updates, actor(ctx)).stream().map(ItemJson::of).toList();
        ctx.json(Map.of("items", changed));
    }

    void history(Context ctx) {
        ctx.json(Map.of("history", items.history(id(ctx))));
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a number");
        }
    }

    /** The version the change is based on: {@code If-Match}, else a {@code version} field. */
    private static Integer version(Context ctx, JsonNode body) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null) {
            Matcher etag = ETAG.matcher(ifMatch);
            if (!etag.matches()) {
                throw new InvalidInputException("If-Match", "must be the item's ETag, like \"3\"");
            }
            return Integer.parseInt(etag.group(1));
        }
        if (body.hasNonNull("version")) {
            return versionNumber(body.get("version"), "version");
        }
        throw new PreconditionRequiredException("send the item's ETag in If-Match (or its version in the body) so a change made meanwhile is not overwritten");
    }

    /** A version is a positive int; a larger number must not wrap around to a small one (2^32 + 1 read as 1). */
    private static int versionNumber(JsonNode node, String field) {
        if (!node.isInt() || node.asInt() < 1) {
            throw new InvalidInputException(field, "must be the item's version, a whole number from 1");
        }
        return node.asInt();
    }

    static Actor actor(Context ctx) {
        String name = ctx.attribute("user");
        return Actor.user(name == null ? "api" : name);
    }
}
