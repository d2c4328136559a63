package dev.punchlist.web.auth;

import io.javalin.http.Context;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request id for every request: a caller's {@code X-Request-Id} when it is a sane token (so a proxy's
 * id follows the request), else a new one; put in the logging MDC and echoed in the answer.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    static void begin(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ctx.attribute(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        ctx.header(HEADER, id);
    }

    static void end(Context ctx) {
        MDC.remove(MDC_KEY);
    }
}
