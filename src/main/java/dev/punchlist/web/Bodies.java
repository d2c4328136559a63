package dev.punchlist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.InvalidInputException;
import io.javalin.http.Context;

/** Small readers of JSON request bodies that name the field at fault. */
final class Bodies {
    private Bodies() {
    }

    static JsonNode object(Context ctx, ObjectMapper json) {
        requireJson(ctx);
        try {
            JsonNode body = json.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new UnsupportedMediaTypeException("send the body as application/json");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return node.asText();
    }
}
