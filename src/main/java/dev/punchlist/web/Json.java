package dev.punchlist.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The API speaks snake_case JSON with ISO-8601 dates. */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // one JSON value and nothing after it: "{…} xyz" or two objects are not a body to half-read
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Answers with {@code value} as JSON written straight to the response. {@code ctx.json} renders a String,
     * encodes it and has Javalin copy it through a fresh buffer: three copies of garbage per answer, which on
     * the item-change route decide how often the collector pauses every request in flight.
     */
    static void send(Context ctx, ObjectMapper json, Object value) {
        ctx.contentType(ContentType.APPLICATION_JSON);
        try {
            ctx.outputStream().write(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the answer", e);
        }
    }
}
