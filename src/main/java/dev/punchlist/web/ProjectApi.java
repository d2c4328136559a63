package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.Project;
import dev.punchlist.plan.ProjectSettings;
import dev.punchlist.plan.Projects;
import io.javalin.http.Context;

import java.util.Map;

/** {@code /api/v1/projects}: create, list, read, change and delete projects. */
final class ProjectApi {
    private final Projects projects;
    private final ObjectMapper json;

    ProjectApi(Projects projects, ObjectMapper json) {
        this.projects = projects;
        this.json = json;
    }

    void create(Context ctx) {
        JsonNode body = Bodies.object(ctx, json);
        Project project = projects.create(Bodies.text(body, "key"), Bodies.text(body, "name"), Bodies.text(body, "description"));
        ctx.status(201).header("Location", "/api/v1/projects/" + project.key()).json(project);
    }

    void list(Context ctx) {
        ctx.json(Map.of("projects", projects.all()));
    }

    void get(Context ctx) {
        ctx.json(projects.get(ctx.pathParam("key")));
    }

    void update(Context ctx) throws Exception {
        JsonNode body = Bodies.object(ctx, json);
        ProjectSettings settings = body.hasNonNull("settings") ? settings(body.get("settings")) : null;
        ctx.json(projects.update(ctx.pathParam("key"), Bodies.text(body, "name"), Bodies.text(body, "description"), settings));
    }

    private ProjectSettings settings(JsonNode node) throws Exception {
        try {
            return json.treeToValue(node, ProjectSettings.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw e;
        }
    }

    void delete(Context ctx) {
        projects.delete(ctx.pathParam("key"));
        ctx.status(204);
    }
}
