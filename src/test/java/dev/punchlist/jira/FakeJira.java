package dev.punchlist.jira;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory Jira (Cloud v3 or Data Center v2 paths) on a random port, with fault injection. Every
 * request it receives and every response it sends is checked against Atlassian's OpenAPI description;
 * violations are collected and {@link #assertContractKept()} fails the test with the validator's words.
 */
final class FakeJira implements AutoCloseable {
    /** A one-shot fault for the next request whose method and path match. */
    record Fault(String method, String pathSuffix, int status, String retryAfter, Duration delayAfterWork,
                 When when) {
        /** When the work is done: never (the fault replaces it), before the faulty answer, or later on demand. */
        enum When { NEVER, FIRST, HELD }

        static Fault status(String method, String suffix, int status, String retryAfter) {
            return new Fault(method, suffix, status, retryAfter, Duration.ZERO, When.NEVER);
        }

        /** Do the work (e.g. create the issues), then stall past the client's read timeout. */
        static Fault slowAfterWork(String method, String suffix, Duration delay) {
            return new Fault(method, suffix, 0, null, delay, When.FIRST);
        }

        /** Do the work, then answer with an error status anyway (a proxy or node failing after the commit). */
        static Fault statusAfterWork(String method, String suffix, int status) {
            return new Fault(method, suffix, status, null, Duration.ZERO, When.FIRST);
        }

        /** Stall past the read timeout without doing the work; {@link #applyHeld()} does it later. */
        static Fault heldPastTimeout(String method, String suffix, Duration delay) {
            return new Fault(method, suffix, 503, null, delay, When.HELD);
        }

        boolean matches(String m, String path) {
            return method.equals(m) && path.endsWith(pathSuffix);
        }
    }

    /** An answer before it is written, so it can be validated first. */
    record Reply(int status, JsonNode body, Map<String, String> headers) {
        static Reply json(int status, JsonNode body) {
            return new Reply(status, body, Map.of());
        }
    }

    final Flavour flavour;
    final FakeJiraApi api;
    final boolean validating;
    private final Javalin app;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> held = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile String expectedAuthorization;
    volatile Duration latency = Duration.ZERO;

    static {
        // Jetty logs every byte at DEBUG without a logback config; keep test output readable.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    FakeJira(Flavour flavour, String projectKey) {
        this.flavour = flavour;
        this.validating = JiraContract.specFolder().isPresent();
        this.api = new FakeJiraApi(flavour, projectKey);
        // Parse the (large) description now, not inside the first request where it would eat the client's timeout.
        if (validating) JiraContract.validator(flavour);
        else System.err.println("FakeJira: " + JiraContract.missingMessage());
        this.app = Javalin.create(config -> {
            for (String p : List.of(flavour.apiPrefix() + "/*")) {
                config.routes.get(p, this::handle);
                config.routes.post(p, this::handle);
                config.routes.put(p, this::handle);
            }
        });
        app.start(0);
    }

    String url() {
        return "http://localhost:" + app.port();
    }

    void inject(Fault fault) {
        faults.add(fault);
    }

    /** Carries out the requests held by {@link Fault#heldPastTimeout}, as a Jira that applies them late. */
    void applyHeld() {
        for (Runnable r; (r = held.poll()) != null; ) r.run();
    }

    int calls(String method, String pathSuffix) {
        return calls.entrySet().stream().filter(e -> e.getKey().startsWith(method + " ") && e.getKey().endsWith(pathSuffix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    void assertContractKept() {
        if (!violations.isEmpty()) throw new AssertionError("Jira contract violated:\n" + String.join("\n", violations));
    }

    private void handle(Context ctx) throws InterruptedException {
        String method = ctx.method().name();
        String path = ctx.path();
        calls.computeIfAbsent(method + " " + path.replaceAll("/[A-Z]+-\\d+", "/{key}"), k -> new AtomicInteger()).incrementAndGet();
        authorizations.add(String.valueOf(ctx.header("Authorization")));
        if (!latency.isZero()) Thread.sleep(latency.toMillis());
        validateRequest(ctx, method, path);
        Fault fault = takeFault(method, path);
        Reply reply = fault == null || fault.status() == 0 || fault.when() == Fault.When.FIRST ? answer(ctx, method, path) : null;
        if (fault != null && fault.status() > 0) reply = faultReply(fault);
        if (fault != null && fault.when() == Fault.When.HELD) hold(ctx, method, path);
        validateResponse(path, method, reply);
        if (fault != null && !fault.delayAfterWork().isZero()) Thread.sleep(fault.delayAfterWork().toMillis());
        write(ctx, reply);
    }

    private Reply answer(Context ctx, String method, String path) {
        String expected = expectedAuthorization;
        if (expected != null && !expected.equals(ctx.header("Authorization"))) {
            return Reply.json(401, FakeJiraApi.errors("You are not authenticated. Authentication required to perform this operation."));
        }
        String relative = path.substring(flavour.apiPrefix().length());
        return api.handle(method, relative, ctx.queryParamMap(), ctx.body());
    }

    private void hold(Context ctx, String method, String path) {
        var query = ctx.queryParamMap();
        String body = ctx.body();
        String relative = path.substring(flavour.apiPrefix().length());
        held.add(() -> api.handle(method, relative, query, body));
    }

    private synchronized Fault takeFault(String method, String path) {
        for (Fault f : faults) {
            if (f.matches(method, path)) {
                faults.remove(f);
                return f;
            }
        }
        return null;
    }

    private static Reply faultReply(Fault f) {
        Map<String, String> headers = f.retryAfter() == null ? Map.of() : Map.of("Retry-After", f.retryAfter());
        return new Reply(f.status(), FakeJiraApi.errors("Injected HTTP " + f.status()), headers);
    }

    private void validateRequest(Context ctx, String method, String path) {
        if (!validating) return;
        var b = new SimpleRequest.Builder(method, path);
        ctx.queryParamMap().forEach(b::withQueryParam);
        if (ctx.contentType() != null) b.withContentType(ctx.contentType());
        if (ctx.header("Accept") != null) b.withAccept(ctx.header("Accept"));
        if (ctx.header("Authorization") != null) b.withAuthorization(ctx.header("Authorization"));
        if (!ctx.body().isEmpty()) b.withBody(ctx.body());
        record(method + " " + path + " request", () -> JiraContract.check(flavour, b.build()));
        if (flavour == Flavour.CLOUD && !ctx.body().isEmpty()) AdfCheck.requireAdfDescriptions(ctx.body(), violations);
    }

    private void validateResponse(String path, String method, Reply reply) {
        if (!validating) return;
        var b = new SimpleResponse.Builder(reply.status());
        if (reply.body() != null) b.withContentType("application/json").withBody(reply.body().toString());
        reply.headers().forEach(b::withHeader);
        record(method + " " + path + " response " + reply.status(),
                () -> JiraContract.check(flavour, path, Request.Method.valueOf(method), b.build()));
    }

    private void record(String what, java.util.function.Supplier<ValidationReport> check) {
        try {
            ValidationReport report = check.get();
            if (report.hasErrors()) violations.add(what + ": " + report.getMessages());
        } catch (RuntimeException e) {
            violations.add(what + ": the validator failed: " + e);
        }
    }

    private static void write(Context ctx, Reply reply) {
        ctx.status(reply.status());
        reply.headers().forEach(ctx::header);
        if (reply.body() != null) ctx.contentType("application/json").result(reply.body().toString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
