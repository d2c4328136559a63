package dev.punchlist.web;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectsApiTest {
    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_created_project_is_listed_and_readable_with_default_settings() {
        var created = app.postJson("/api/v1/projects", "{\"key\":\"CRM\",\"name\":\"Customer portal\"}").expect(201);

        assertThat(created.header("Location")).isEqualTo("/api/v1/projects/CRM");
        assertThat(app.get("/api/v1/projects").expect(200).json().at("/projects/0/key").asText()).isEqualTo("CRM");
        var project = app.get("/api/v1/projects/CRM").expect(200).json();
        assertThat(project.at("/settings/weights/critical").asInt()).isEqualTo(8);
        assertThat(project.at("/settings/effort_defaults/high/max").asDouble()).isEqualTo(4.0);
    }

    @Test
    void a_bad_key_is_refused_naming_the_field() {
        var answer = app.postJson("/api/v1/projects", "{\"key\":\"crm portal\",\"name\":\"x\"}").expect(400);

        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).isEqualTo("key");
        assertThat(app.get("/api/v1/projects").json().get("projects")).isEmpty();
    }

    @Test
    void a_taken_key_is_a_conflict() {
        app.postJson("/api/v1/projects", "{\"key\":\"CRM\",\"name\":\"one\"}").expect(201);

        var answer = app.postJson("/api/v1/projects", "{\"key\":\"CRM\",\"name\":\"two\"}").expect(409);

        assertThat(answer.json().get("field").asText()).isEqualTo("key");
        assertThat(app.get("/api/v1/projects/CRM").json().get("name").asText()).isEqualTo("one");
    }

    @Test
    void a_body_that_is_not_json_is_refused() {
        app.post("/api/v1/projects", "text/plain", "key=CRM").expect(415);
        var broken = app.postJson("/api/v1/projects", "{\"key\":").expect(400);
        assertThat(broken.json().get("field").asText()).isEqualTo("body");
    }

    @Test
    void settings_change_weights_and_refuse_nonsense() {
        app.postJson("/api/v1/projects", "{\"key\":\"CRM\",\"name\":\"one\"}").expect(201);

        var changed = app.patchJson("/api/v1/projects/CRM", "{\"settings\":{\"weights\":{\"critical\":10}}}").expect(200).json();
        assertThat(changed.at("/settings/weights/critical").asInt()).isEqualTo(10);
        assertThat(changed.at("/settings/weights/low").asInt()).isEqualTo(1);

        var refused = app.patchJson("/api/v1/projects/CRM", "{\"settings\":{\"weights\":{\"critical\":-1}}}").expect(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("settings.weights.critical");
    }

    @Test
    void an_unknown_project_is_a_404_problem_and_delete_removes_one() {
        assertThat(app.get("/api/v1/projects/NOPE").expect(404).header("Content-Type")).startsWith("application/problem+json");
        app.postJson("/api/v1/projects", "{\"key\":\"CRM\",\"name\":\"one\"}").expect(201);

        app.delete("/api/v1/projects/CRM").expect(204);

        app.get("/api/v1/projects/CRM").expect(404);
    }
}
