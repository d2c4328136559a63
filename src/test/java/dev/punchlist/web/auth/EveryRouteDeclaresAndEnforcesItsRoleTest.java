package dev.punchlist.web.auth;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every registered route: each declares one role, and anonymous or too-small callers are refused. */
class EveryRouteDeclaresAndEnforcesItsRoleTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<ParsedEndpoint> routes() {
        return app.server().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .toList();
    }

    private static Access access(ParsedEndpoint endpoint) {
        Roles roles = endpoint.endpoint.metadata(Roles.class);
        Set<RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
        assertThat(declared).as("roles of %s %s", endpoint.endpoint.method, endpoint.endpoint.path).hasSize(1);
        return (Access) declared.iterator().next();
    }

    @Test
    void everyRouteDeclaresExactlyOneAccessRole() {
        assertThat(routes()).hasSizeGreaterThan(20);
        routes().forEach(EveryRouteDeclaresAndEnforcesItsRoleTest::access);
    }

    @Test
    void onlyHealthReadinessOpenApiAndLoginArePublic() {
        Set<String> publicRoutes = routes().stream().filter(e -> access(e) == Access.PUBLIC)
                .map(e -> e.endpoint.method + " " + e.endpoint.path).collect(Collectors.toCollection(TreeSet::new));
        assertThat(publicRoutes).containsExactlyInAnyOrder("GET /health", "GET /ready", "GET /api/openapi.json",
                "GET /login", "POST /login");
    }

    @Test
    void anonymousRequestsToEveryOtherRouteAreRefused() {
        for (ParsedEndpoint route : routes()) {
            if (access(route) == Access.PUBLIC) {
                continue;
            }
            HttpResponse<String> response = app.send(call(route));
            String what = route.endpoint.method + " " + route.endpoint.path;
            if (isApi(route)) {
                assertThat(response.statusCode()).as(what).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("Bearer"));
            } else {
                assertThat(response.statusCode()).as(what).isEqualTo(303);
                assertThat(response.headers().firstValue("Location")).as(what).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
            }
        }
    }

    @Test
    void aRoleBelowTheDeclaredOneIsForbidden() {
        int checked = 0;
        for (ParsedEndpoint route : routes()) {
            Access access = access(route);
            if (access == Access.PUBLIC || access.minimum() == Role.VIEWER) {
                continue;
            }
            Role below = Role.values()[access.minimum().ordinal() - 1];
            String what = route.endpoint.method + " " + route.endpoint.path + " as " + below.label();
            HttpRequest.Builder request = call(route);
            if (isApi(route)) {
                request.header("Authorization", "Bearer " + app.apiToken(below));
            } else {
                app.login(below).apply(request);
            }
            HttpResponse<String> response = app.send(request);
            assertThat(response.statusCode()).as(what).isEqualTo(403);
            checked++;
        }
        assertThat(checked).isGreaterThan(8);
    }

    private static boolean isApi(ParsedEndpoint route) {
        return route.endpoint.path.startsWith("/api/") || route.endpoint.path.equals("/metrics");
    }

    private static HttpRequest.Builder call(ParsedEndpoint route) {
        String path = route.endpoint.path.replaceAll("\\{id}", "1").replaceAll("\\{[a-z]+}", "DEMO");
        HttpRequest.Builder request = app.request(path);
        HandlerType method = route.endpoint.method;
        if (method == HandlerType.GET) {
            return request.GET();
        }
        return request.header("Content-Type", "application/json").method(method.name(), HttpRequest.BodyPublishers.ofString("{}"));
    }
}
