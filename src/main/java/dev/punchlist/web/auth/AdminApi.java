package dev.punchlist.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.NotFoundException;
import dev.punchlist.security.ApiToken;
import dev.punchlist.security.ApiTokens;
import dev.punchlist.security.IssuedToken;
import dev.punchlist.security.SecurityLog;
import dev.punchlist.security.TokenScope;
import dev.punchlist.user.Role;
import dev.punchlist.user.User;
import dev.punchlist.user.Users;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/v1/users}, {@code /api/v1/audit-log} and {@code /api/v1/tokens}. */
final class AdminApi {
    private final Users users;
    private final ApiTokens tokens;
    private final SecurityLog log;
    private final ObjectMapper json;
    private final ClientInfo client;

    AdminApi(Users users, ApiTokens tokens, SecurityLog log, ObjectMapper json, ClientInfo client) {
        this.client = client;
        this.users = users;
        this.tokens = tokens;
        this.log = log;
        this.json = json;
    }

    void listUsers(Context ctx) {
        ctx.json(Map.of("users", users.list()));
    }

    void createUser(Context ctx) {
        JsonNode body = body(ctx);
        User user = users.create(text(body, "username"), text(body, "password"), Role.parse("role", text(body, "role")), ctx.attribute("user"));
        ctx.status(201).json(user);
    }

    /** Changes the role, the {@code active} flag, or both; a body naming neither is refused. */
    void updateUser(Context ctx) {
        JsonNode body = body(ctx);
        JsonNode active = body.get("active");
        if (active != null && !active.isBoolean()) {
            throw new InvalidInputException("active", "must be true or false");
        }
        if (active == null && !body.has("role")) {
            throw new InvalidInputException("role", "give role, active, or both");
        }
        Role role = body.has("role") ? Role.parse("role", text(body, "role")) : null;
        String username = ctx.pathParam("username");
        User user = role == null ? users.find(username).orElseThrow(() -> new NotFoundException("no user named " + username))
                : users.changeRole(username, role, ctx.attribute("user"));
        if (active != null) {
            user = users.setActive(username, active.asBoolean(), ctx.attribute("user"));
        }
        ctx.json(user);
    }

    void auditLog(Context ctx) {
        String before = ctx.queryParam("before");
        String limit = ctx.queryParam("limit");
        try {
            ctx.json(Map.of("events", log.recent(limit == null ? 100 : Integer.parseInt(limit), before == null ? null : Long.parseLong(before))));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(limit != null ? "limit" : "before", "must be a whole number");
        }
    }

    void listTokens(Context ctx) {
        Principal principal = ctx.attribute(AuthModule.PRINCIPAL);
        boolean all = "true".equals(ctx.queryParam("all")) && principal.role() == Role.ADMIN;
        ctx.json(Map.of("tokens", tokens.list(all ? null : principal.username())));
    }

    /** Only a signed-in person creates tokens: a leaked token must not be able to mint itself successors. */
    void createToken(Context ctx) {
        Principal principal = ctx.attribute(AuthModule.PRINCIPAL);
        if (principal.via() != Principal.Via.SESSION) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "create tokens while signed in, not with another token");
        }
        JsonNode body = body(ctx);
        JsonNode days = body.get("expires_days");
        if (days != null && !days.isNull() && !days.canConvertToExactIntegral()) {
            throw new InvalidInputException("expires_days", "must be a whole number of days");
        }
        IssuedToken issued = tokens.create(principal.username(), text(body, "name"), TokenScope.parse(text(body, "scope")),
                Duration.ofDays(days == null || days.isNull() ? 90 : days.asLong()), principal.username(), client.address(ctx));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", issued.token());
        answer.put("secret", issued.secret());
        ctx.status(201).json(answer);
    }

    void revokeToken(Context ctx) {
        Principal principal = ctx.attribute(AuthModule.PRINCIPAL);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("no token " + ctx.pathParam("id"));
        }
        boolean own = tokens.list(principal.username()).stream().mapToLong(ApiToken::id).anyMatch(t -> t == id);
        if (!own && principal.role() != Role.ADMIN) {
            throw new NotFoundException("no token " + id);
        }
        tokens.revoke(id, principal.username());
        ctx.status(204);
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new dev.punchlist.web.UnsupportedMediaTypeException("send the body as application/json");
        }
        try {
            JsonNode body = json.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
