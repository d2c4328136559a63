package dev.punchlist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.punchlist.audit.ReportTooLargeException;
import dev.punchlist.jira.JiraUnavailableException;
import dev.punchlist.jira.sync.JiraNotConfiguredException;
import dev.punchlist.plan.ConflictException;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.NotFoundException;
import dev.punchlist.plan.StaleVersionException;
import dev.punchlist.plan.TooManyFindingsException;
import dev.punchlist.store.DatabaseNotWritableException;
import dev.punchlist.web.auth.BodyLimit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure of an API request to one problem+json answer, in one place. */
final class ApiErrors {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final ObjectMapper json;

    ApiErrors(ObjectMapper json) {
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.exception(TooManyFindingsException.class, (e, ctx) -> send(ctx, Problem.of(422, "Too many findings",
                e.getMessage(), e.field())));
        routes.exception(InvalidInputException.class, (e, ctx) -> send(ctx, Problem.of(400, "Invalid input", e.getMessage(), e.field())));
        routes.exception(JsonProcessingException.class, (e, ctx) -> send(ctx, badJson(e)));
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, Problem.of(404, "Not found", e.getMessage(), null)));
        routes.exception(ConflictException.class, (e, ctx) -> send(ctx, Problem.of(409, "Conflict", e.getMessage(), e.field())));
        routes.exception(StaleVersionException.class, (e, ctx) -> send(ctx,
                new Problem("about:blank", "Stale version", 412, e.getMessage(), "If-Match", ItemJson.of(e.current()))));
        routes.exception(PreconditionRequiredException.class, (e, ctx) -> send(ctx, Problem.of(428, "Version required", e.getMessage(), "If-Match")));
        routes.exception(ReportTooLargeException.class, (e, ctx) -> send(ctx, Problem.of(413, "Report too large", e.getMessage(), "body")));
        routes.exception(UnsupportedMediaTypeException.class, (e, ctx) -> send(ctx, Problem.of(415, "Unsupported media type", e.getMessage(), "Content-Type")));
        routes.exception(JiraNotConfiguredException.class, (e, ctx) -> send(ctx, Problem.of(409, "Jira not configured", e.getMessage(), "settings")));
        routes.exception(JiraUnavailableException.class, (e, ctx) -> send(ctx, Problem.of(503, "Jira unavailable",
                "Jira did not answer in time; try again later (" + e.getMessage() + ")", null)));
        routes.exception(DatabaseNotWritableException.class, (e, ctx) -> {
            ctx.header("Retry-After", "30");
            send(ctx, Problem.of(503, "Database not writable", e.getMessage() + "; nothing was saved, try again later", null));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, Problem.of(e.getStatus(), e.getMessage(), e.getMessage(), null)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (BodyLimit.exceeded(e)) {
                send(ctx, Problem.of(413, "Body too large", e.getMessage(), "body"));
                return;
            }
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, Problem.of(500, "Internal error", "the server failed to answer; the error is logged", null));
        });
    }

    private static Problem badJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(400, "Invalid input", "unknown field " + unknown.getPropertyName(), unknown.getPropertyName());
        }
        if (e instanceof MismatchedInputException format && !format.getPath().isEmpty()
                && format.getPath().get(format.getPath().size() - 1).getFieldName() != null) {
            String field = format.getPath().get(format.getPath().size() - 1).getFieldName();
            return Problem.of(400, "Invalid input", field + " has the wrong type or format", field);
        }
        return Problem.of(400, "Invalid input", "the body is not valid JSON: " + e.getOriginalMessage(), "body");
    }

    void send(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(PROBLEM_JSON).result(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
