package dev.punchlist.web;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON body is one JSON object and nothing after it, sent as application/json, with numbers that fit their field. */
class JsonBodiesAreReadStrictlyTest {
    private final TestApp app = TestApp.start();
    private final String path;

    JsonBodiesAreReadStrictlyTest() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        path = "/api/v1/items/" + app.get("/api/v1/projects/PAY/items").json().at("/items/0/id").asLong();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void trailing_garbage_or_a_second_object_is_refused() {
        assertThat(app.postJson("/api/v1/projects", "{\"key\":\"AAA\",\"name\":\"A\"} xyz").status()).isEqualTo(400);
        assertThat(app.postJson("/api/v1/projects", "{\"key\":\"BBB\",\"name\":\"B\"}{\"key\":\"CCC\",\"name\":\"C\"}").status())
                .isEqualTo(400);
        assertThat(app.get("/api/v1/projects/AAA").status()).isEqualTo(404);
        assertThat(app.get("/api/v1/projects/BBB").status()).isEqualTo(404);
    }

    @Test
    void a_version_too_large_for_a_version_is_refused_not_wrapped_around() {
        var body = app.patchJson(path, "{\"notes\":\"x\",\"version\":4294967297}").expect(400);
        assertThat(body.json().get("field").asText()).isEqualTo("version");

        var bulk = app.patchJson("/api/v1/projects/PAY/items", "{\"items\":[{\"id\":" + path.substring(path.lastIndexOf('/') + 1)
                + ",\"version\":4294967297,\"notes\":\"x\"}]}").expect(400);
        assertThat(bulk.json().get("field").asText()).isEqualTo("items[].version");
        assertThat(app.get(path).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_media_type_that_only_starts_like_json_is_refused() {
        var refused = app.send(app.request("/api/v1/projects").header("Authorization", "Bearer " + app.apiToken(dev.punchlist.user.Role.ADMIN))
                .header("Content-Type", "application/jsonx").POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"DDD\",\"name\":\"D\"}")));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(app.postJson("/api/v1/projects", "{\"key\":\"EEE\",\"name\":\"E\"}").status()).isEqualTo(201);
    }

    @Test
    void an_effort_that_is_not_a_finite_number_is_refused() {
        var refused = app.patchJson(path, "{\"effort\":{\"min\":1e400,\"max\":null},\"version\":1}").expect(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("effort");
    }
}
