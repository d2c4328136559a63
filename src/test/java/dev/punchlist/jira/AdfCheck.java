package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;

/**
 * The fake's own check beyond the OpenAPI description, which types {@code description} as any JSON:
 * on Cloud v3 a description must be an ADF document ({@code type: doc}, {@code version: 1}, content array).
 */
final class AdfCheck {
    private AdfCheck() {
    }

    static void requireAdfDescriptions(String body, List<String> violations) {
        JsonNode root;
        try {
            root = FakeIssues.JSON.readTree(body);
        } catch (IOException e) {
            violations.add("request body is not JSON: " + e.getMessage());
            return;
        }
        root.findValues("fields").forEach(f -> check(f.get("description"), violations));
    }

    static void check(JsonNode description, List<String> violations) {
        if (description == null || description.isNull()) return;
        boolean doc = description.isObject() && "doc".equals(description.path("type").asText())
                && description.path("version").asInt() == 1 && description.path("content").isArray();
        if (!doc) violations.add("v3 description is not an ADF doc: " + description);
        description.path("content").forEach(block -> {
            if (!block.hasNonNull("type")) violations.add("ADF block without type: " + block);
        });
    }
}
