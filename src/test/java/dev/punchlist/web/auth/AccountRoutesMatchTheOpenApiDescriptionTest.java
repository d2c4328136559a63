package dev.punchlist.web.auth;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.security.TokenScope;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real answers of the session, token, user and audit-log routes, checked against the OpenAPI description the
 * server publishes; and the description's security and roles, checked against what every route declares.
 */
class AccountRoutesMatchTheOpenApiDescriptionTest {
    private final TestApp app = TestApp.start();
    private final String description = app.get("/api/openapi.json").expect(200).body();
    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();

    @AfterEach
    void stop() {
        app.close();
    }

    private void conforms(Request.Method method, String path, HttpResponse<String> response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        assertThat(validator.validateResponse(bare, method, answer.build()).getMessages())
                .as(method + " " + path + " -> " + response.statusCode() + " " + response.body()).isEmpty();
    }

    private void conforms(Request.Method method, String path, TestApp.Response response) {
        conforms(method, path, response.raw());
    }

    private HttpResponse<String> as(String token, HttpRequest.Builder request) {
        return app.send(request.header("Authorization", "Bearer " + token));
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static void status(HttpResponse<String> response, int expected) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    }

    @Test
    void session_answers_match_the_description() {
        conforms(Request.Method.GET, "/api/v1/session", app.get("/api/v1/session").expect(200));
        TestApp.Login lead = app.login(Role.LEAD);
        HttpResponse<String> signedIn = app.send(lead.apply(app.request("/api/v1/session")).GET());
        status(signedIn, 200);
        assertThat(signedIn.body()).contains("\"csrf_token\":\"" + lead.csrf() + "\"");
        conforms(Request.Method.GET, "/api/v1/session", signedIn);
        HttpResponse<String> anonymous = app.send(app.request("/api/v1/session").GET());
        status(anonymous, 401);
        conforms(Request.Method.GET, "/api/v1/session", anonymous);
        HttpResponse<String> badToken = as("pl_not-a-token", app.request("/api/v1/session").GET());
        status(badToken, 401);
        conforms(Request.Method.GET, "/api/v1/session", badToken);
    }

    @Test
    void token_answers_match_the_description_and_only_the_creation_shows_a_secret() {
        TestApp.Login member = app.login(Role.MEMBER);
        HttpResponse<String> created = app.send(member.apply(app.request("/api/v1/tokens")).header("Content-Type", "application/json")
                .POST(json("{\"name\": \"ci\", \"scope\": \"read\", \"expires_days\": 7}")));
        status(created, 201);
        conforms(Request.Method.POST, "/api/v1/tokens", created);
        String secret = read(created.body()).get("secret").asText();
        long id = read(created.body()).at("/token/id").asLong();

        HttpResponse<String> mine = app.send(member.apply(app.request("/api/v1/tokens")).GET());
        status(mine, 200);
        conforms(Request.Method.GET, "/api/v1/tokens", mine);
        assertThat(mine.body()).contains("\"name\":\"ci\"").doesNotContain(secret).doesNotContain("secret");
        var everyone = app.get("/api/v1/tokens?all=true").expect(200);
        conforms(Request.Method.GET, "/api/v1/tokens", everyone);
        assertThat(everyone.body()).contains("\"username\":\"member\"").doesNotContain(secret).doesNotContain("secret");

        // a token cannot mint tokens; a session must repeat its CSRF token; the scope must be read or write
        conforms(Request.Method.POST, "/api/v1/tokens", app.postJson("/api/v1/tokens", "{\"scope\": \"read\"}").expect(403));
        HttpResponse<String> noCsrf = app.send(app.request("/api/v1/tokens").header("Cookie", member.cookie())
                .header("Origin", app.origin()).header("Content-Type", "application/json").POST(json("{\"scope\": \"read\"}")));
        status(noCsrf, 403);
        conforms(Request.Method.POST, "/api/v1/tokens", noCsrf);
        HttpResponse<String> badScope = app.send(member.apply(app.request("/api/v1/tokens")).header("Content-Type", "application/json")
                .POST(json("{\"scope\": \"admin\"}")));
        status(badScope, 400);
        conforms(Request.Method.POST, "/api/v1/tokens", badScope);
        HttpResponse<String> notJson = app.send(member.apply(app.request("/api/v1/tokens")).header("Content-Type", "text/plain")
                .POST(json("scope=read")));
        status(notJson, 415);
        conforms(Request.Method.POST, "/api/v1/tokens", notJson);

        // the new read-scope token may look but not revoke; another user's token is not found for a non-admin
        HttpResponse<String> readOnly = as(secret, app.request("/api/v1/tokens/" + id).DELETE());
        status(readOnly, 403);
        conforms(Request.Method.DELETE, "/api/v1/tokens/" + id, readOnly);
        long viewers = app.app().tokens().create("viewer", "theirs", TokenScope.WRITE, java.time.Duration.ofDays(1), "test").token().id();
        HttpResponse<String> notTheirs = app.send(member.apply(app.request("/api/v1/tokens/" + viewers)).DELETE());
        status(notTheirs, 404);
        conforms(Request.Method.DELETE, "/api/v1/tokens/" + viewers, notTheirs);
        HttpResponse<String> revoked = app.send(member.apply(app.request("/api/v1/tokens/" + id)).DELETE());
        status(revoked, 204);
        conforms(Request.Method.DELETE, "/api/v1/tokens/" + id, revoked);
        conforms(Request.Method.DELETE, "/api/v1/tokens/" + viewers, app.delete("/api/v1/tokens/" + viewers).expect(204));
        conforms(Request.Method.DELETE, "/api/v1/tokens/999999", app.delete("/api/v1/tokens/999999").expect(404));
        HttpResponse<String> gone = as(secret, app.request("/api/v1/tokens").GET());
        status(gone, 401);
        conforms(Request.Method.GET, "/api/v1/tokens", gone);
    }

    @Test
    void user_answers_match_the_description() {
        conforms(Request.Method.GET, "/api/v1/users", app.get("/api/v1/users").expect(200));
        var created = app.postJson("/api/v1/users", "{\"username\": \"dana\", \"password\": \"a long enough password\", \"role\": \"member\"}");
        conforms(Request.Method.POST, "/api/v1/users", created.expect(201));
        conforms(Request.Method.POST, "/api/v1/users",
                app.postJson("/api/v1/users", "{\"username\": \"dana\", \"password\": \"a long enough password\", \"role\": \"member\"}").expect(409));
        conforms(Request.Method.POST, "/api/v1/users",
                app.postJson("/api/v1/users", "{\"username\": \"erin\", \"password\": \"short\", \"role\": \"member\"}").expect(400));
        conforms(Request.Method.POST, "/api/v1/users", app.post("/api/v1/users", "text/plain", "dana").expect(415));
        HttpResponse<String> lead = as(app.apiToken(Role.LEAD), app.request("/api/v1/users").GET());
        status(lead, 403);
        conforms(Request.Method.GET, "/api/v1/users", lead);
        HttpResponse<String> anonymous = app.send(app.request("/api/v1/users").GET());
        status(anonymous, 401);
        conforms(Request.Method.GET, "/api/v1/users", anonymous);

        conforms(Request.Method.PATCH, "/api/v1/users/dana", app.patchJson("/api/v1/users/dana", "{\"role\": \"lead\"}").expect(200));
        conforms(Request.Method.PATCH, "/api/v1/users/dana", app.patchJson("/api/v1/users/dana", "{\"role\": \"owner\"}").expect(400));
        conforms(Request.Method.PATCH, "/api/v1/users/nobody", app.patchJson("/api/v1/users/nobody", "{\"role\": \"lead\"}").expect(404));
        conforms(Request.Method.PATCH, "/api/v1/users/admin", app.patchJson("/api/v1/users/admin", "{\"role\": \"viewer\"}").expect(409));
        HttpResponse<String> member = as(app.apiToken(Role.MEMBER), app.request("/api/v1/users/dana")
                .header("Content-Type", "application/json").method("PATCH", json("{\"role\": \"admin\"}")));
        status(member, 403);
        conforms(Request.Method.PATCH, "/api/v1/users/dana", member);
    }

    @Test
    void audit_log_answers_match_the_description() {
        app.login(Role.VIEWER); // a sign-in and a failed one put events with a client address in the log
        app.send(app.request("/login").header("Origin", app.origin()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(TestApp.form(Map.of("username", "viewer", "password", "wrong"))));
        app.app().tokens().revoke(app.app().tokens().create("lead", "old", TokenScope.READ, java.time.Duration.ofDays(1), "admin").token().id(), "admin");
        var page = app.get("/api/v1/audit-log?limit=3").expect(200);
        conforms(Request.Method.GET, "/api/v1/audit-log", page);
        assertThat(page.json().get("events")).hasSize(3);
        long last = page.json().at("/events/2/id").asLong();
        var older = app.get("/api/v1/audit-log?before=" + last).expect(200);
        conforms(Request.Method.GET, "/api/v1/audit-log", older);
        assertThat(older.json().get("events")).isNotEmpty().allSatisfy(e -> assertThat(e.get("id").asLong()).isLessThan(last));
        conforms(Request.Method.GET, "/api/v1/audit-log", app.get("/api/v1/audit-log?before=yesterday").expect(400));
        HttpResponse<String> lead = as(app.apiToken(Role.LEAD), app.request("/api/v1/audit-log").GET());
        status(lead, 403);
        conforms(Request.Method.GET, "/api/v1/audit-log", lead);
    }

    @Test
    void the_requests_clients_send_match_the_description() {
        String bearer = "Bearer pl_" + "A".repeat(43);
        SimpleRequest user = SimpleRequest.Builder.post("/api/v1/users").withHeader("Authorization", bearer)
                .withContentType("application/json").withBody("{\"username\": \"dana\", \"password\": \"a long enough password\", \"role\": \"member\"}").build();
        assertThat(validator.validateRequest(user).getMessages()).isEmpty();
        SimpleRequest unknownRole = SimpleRequest.Builder.patch("/api/v1/users/dana").withHeader("Authorization", bearer)
                .withContentType("application/json").withBody("{\"role\": \"owner\"}").build();
        assertThat(validator.validateRequest(unknownRole).getMessages()).isNotEmpty();
        SimpleRequest shortPassword = SimpleRequest.Builder.post("/api/v1/users").withHeader("Authorization", bearer)
                .withContentType("application/json").withBody("{\"username\": \"dana\", \"password\": \"short\", \"role\": \"member\"}").build();
        assertThat(validator.validateRequest(shortPassword).getMessages()).isNotEmpty();
        SimpleRequest page = SimpleRequest.Builder.get("/api/v1/audit-log").withHeader("Authorization", bearer)
                .withQueryParam("limit", "50").withQueryParam("before", "1200").build();
        assertThat(validator.validateRequest(page).getMessages()).isEmpty();
        SimpleRequest notANumber = SimpleRequest.Builder.get("/api/v1/audit-log").withHeader("Authorization", bearer)
                .withQueryParam("before", "yesterday").build();
        assertThat(validator.validateRequest(notANumber).getMessages()).isNotEmpty();

        // POST /api/v1/tokens declares the session cookie as its only scheme: the validator checks that one
        SimpleRequest withSession = SimpleRequest.Builder.post("/api/v1/tokens").withHeader("Cookie", "punchlist_session=abc")
                .withHeader("X-CSRF-Token", "xyz").withContentType("application/json").withBody("{\"name\": \"ci\", \"scope\": \"write\", \"expires_days\": 30}").build();
        assertThat(validator.validateRequest(withSession).getMessages()).isEmpty();
        SimpleRequest withToken = SimpleRequest.Builder.post("/api/v1/tokens").withHeader("Authorization", bearer)
                .withContentType("application/json").withBody("{\"scope\": \"write\"}").build();
        assertThat(validator.validateRequest(withToken).getMessages()).extracting(m -> m.getKey())
                .contains("validation.request.security.missing");
        SimpleRequest tooLong = SimpleRequest.Builder.post("/api/v1/tokens").withHeader("Cookie", "punchlist_session=abc")
                .withContentType("application/json").withBody("{\"scope\": \"write\", \"expires_days\": 400}").build();
        assertThat(validator.validateRequest(tooLong).getMessages()).isNotEmpty();
    }

    /**
     * The validator (swagger-request-validator 2.46) checks only an operation's own {@code security}, not the
     * top-level requirement, so this walks the description instead: every operation of a route that is not
     * public inherits the top-level requirement (or narrows it), answers 401 and names the role its route
     * declares; every public one says {@code security: []}; and every {@code /api/v1} route is described.
     */
    @Test
    void every_operation_states_the_security_and_role_its_route_declares() {
        JsonNode spec = read(description);
        assertThat(spec.at("/security").toString()).isEqualTo("[{\"api_token\":[]},{\"session_cookie\":[]}]");
        assertThat(spec.at("/components/securitySchemes/api_token/scheme").asText()).isEqualTo("bearer");
        assertThat(spec.at("/components/securitySchemes/session_cookie/name").asText()).isEqualTo(SessionCookie.NAME);
        assertThat(spec.at("/components/securitySchemes/session_cookie/description").asText()).contains(AccessGuard.CSRF_HEADER);

        Map<String, Access> routes = new HashMap<>();
        for (ParsedEndpoint e : app.server().unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.method.isHttpMethod()) {
                Roles roles = e.endpoint.metadata(Roles.class);
                routes.put(e.endpoint.method.name() + " " + e.endpoint.path, (Access) roles.getRoles().iterator().next());
            }
        }
        TreeSet<String> described = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String what = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                described.add(what);
                Access access = routes.get(what);
                assertThat(access).as("route for " + what).isNotNull();
                JsonNode operation = op.getValue();
                if (access == Access.PUBLIC) {
                    assertThat(operation.path("security").toString()).as(what).isEqualTo("[]");
                    assertThat(operation.path("description").asText()).as(what).startsWith("Public");
                    continue;
                }
                assertThat(operation.has("security") && operation.get("security").isEmpty()).as(what + " must not be public").isFalse();
                assertThat(operation.path("description").asText()).as(what)
                        .startsWith("Minimum role: " + access.minimum().label() + " (");
                assertThat(operation.at("/responses/401").isObject()).as(what + " answers 401").isTrue();
                boolean canBeRefused = access.minimum() != Role.VIEWER || !what.startsWith("GET ");
                assertThat(operation.at("/responses/403").isObject()).as(what + " answers 403").isEqualTo(canBeRefused);
            }
        }
        routes.keySet().stream().filter(r -> r.contains(" /api/v1/"))
                .forEach(r -> assertThat(described).as("the description of " + r).contains(r));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
