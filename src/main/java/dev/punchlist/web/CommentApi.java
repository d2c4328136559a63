package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.Comments;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Items;
import io.javalin.http.Context;

import java.util.Map;

/** {@code /api/v1/items/{id}/comments}: read an item's comment thread, add to it. Comments need no version. */
final class CommentApi {
    private final Comments comments;
    private final Items items;
    private final ObjectMapper json;

    CommentApi(Comments comments, Items items, ObjectMapper json) {
        this.comments = comments;
        this.items = items;
        this.json = json;
    }

    void list(Context ctx) {
        long id = ItemApi.id(ctx);
        items.get(id);
        ctx.json(Map.of("comments", comments.of(id)));
    }

    void add(Context ctx) {
        JsonNode body = Bodies.object(ctx, json);
        JsonNode text = body.get("body");
        if (text == null || !text.isTextual()) {
            throw new InvalidInputException("body", "must be the comment's text");
        }
        ctx.status(201).json(comments.add(ItemApi.id(ctx), text.asText(), ItemApi.actor(ctx)));
    }
}
