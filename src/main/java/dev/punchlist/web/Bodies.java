package dev.punchlist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.web.auth.BodyLimit;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

import java.io.IOException;

/** Small readers of JSON request bodies that name the field at fault. */
final class Bodies {
    private Bodies() {
    }

    static JsonNode object(Context ctx, ObjectMapper json) {
        requireJson(ctx);
        try {
            JsonNode body = json.readTree(bytes(ctx));
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            if (BodyLimit.exceeded(e)) {
                throw new ContentTooLargeResponse(e.getMessage());
            }
            throw new InvalidInputException("body", "could not be read: " + e.getMessage());
        }
    }

    /**
     * The body, read straight into an array of its declared length: Javalin's own reader copies through
     * growing buffers, some 25 KB per request for a body of a few bytes, on the API's busiest path. The
     * access guard has already refused a declared length over the limit; a body without one (chunked) is
     * held to it as it is read ({@code BodyLimit}). Nothing reads the body after this.
     */
    private static byte[] bytes(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            return ctx.bodyAsBytes();
        }
        byte[] read = ctx.req().getInputStream().readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        return read.length == length ? read : ctx.bodyAsBytes(); // a handler read it through Javalin first, which keeps it
    }

    /** {@code application/json}, with parameters or not; not a type that merely starts so ({@code application/jsonx}). */
    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String essence = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!essence.equals("application/json")) {
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
