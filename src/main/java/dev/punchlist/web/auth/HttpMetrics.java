package dev.punchlist.web.auth;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** Counts and times every request by route template (not raw path, which would explode the series) and status. */
final class HttpMetrics {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    private static final String STARTED = "punchlist.started";

    private final PrometheusMeterRegistry registry;

    HttpMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        long nanos = System.nanoTime() - started;
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null || endpoint.path.isEmpty()
                ? (AccessGuard.isStatic(ctx.path()) ? "static" : "unmatched") : endpoint.path;
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos(nanos));
        ACCESS.info("{} {} {} {}ms", ctx.method().name(), route, ctx.statusCode(), nanos / 1_000_000);
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
