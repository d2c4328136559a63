package dev.punchlist.jira;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Atlassian's OpenAPI descriptions, loaded once per JVM (they are megabytes), and the checks the fake
 * Jira applies to every request it receives and every response it sends.
 */
final class JiraContract {
    static final String CLOUD_SPEC = "jira-cloud-platform-v3.openapi.json";
    static final String DC_SPEC = "jira-datacenter-10.3.openapi.json";

    private JiraContract() {
    }

    /** The folder holding the specs, or empty in a clone without {@code ../shared}. */
    static Optional<Path> specFolder() {
        Path shared = Path.of(System.getProperty("punchlist.shared", "../shared"));
        Path jira = shared.resolve("jira");
        return Files.isRegularFile(jira.resolve(CLOUD_SPEC)) && Files.isRegularFile(jira.resolve(DC_SPEC))
                ? Optional.of(jira) : Optional.empty();
    }

    static String missingMessage() {
        return "Jira OpenAPI descriptions not found under " + System.getProperty("punchlist.shared", "../shared")
                + "/jira (set -Dpunchlist.shared=...); contract checks skipped";
    }

    static OpenApiInteractionValidator validator(Flavour flavour) {
        return flavour == Flavour.CLOUD ? CloudHolder.VALIDATOR : DataCenterHolder.VALIDATOR;
    }

    // Holder idiom: each spec is parsed on first use only, and at most once per JVM.
    private static final class CloudHolder {
        static final OpenApiInteractionValidator VALIDATOR = build(CLOUD_SPEC, false);
    }

    private static final class DataCenterHolder {
        static final OpenApiInteractionValidator VALIDATOR = build(DC_SPEC, true);
    }

    private static OpenApiInteractionValidator build(String file, boolean dataCenter) {
        Path folder = specFolder().orElseThrow(() -> new IllegalStateException(missingMessage()));
        String spec = dataCenter ? relaxDataCenter(folder.resolve(file)) : read(folder.resolve(file));
        var builder = OpenApiInteractionValidator.createForInlineApiSpecification(spec).withLevelResolver(levels());
        // The DC server URL is http://{baseurl}/rest and its paths start at /api/2, so real URLs are /rest/api/2/...
        return dataCenter ? builder.withBasePathOverride("/rest").build() : builder.build();
    }

    /**
     * Relaxation 1 (both specs): the specs list only each operation's documented statuses, but Jira
     * sends 429, 500 and 503 from any endpoint (rate limiting, outages); the fake injects those on purpose.
     * Relaxation 2: the Data Center document declares most error responses (400, 404) without a body, but
     * real Jira always answers errors with its ErrorCollection JSON ({@code errorMessages}, {@code errors}),
     * which the client reads for its messages.
     * Relaxation 3: Cloud's description gives 204 answers (edit, transition) an empty JSON schema, but Jira
     * sends 204 No Content with no body at all, as HTTP requires.
     */
    private static LevelResolver levels() {
        return LevelResolver.create()
                .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                .withLevel("validation.response.body.unexpected", ValidationReport.Level.IGNORE)
                .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                .build();
    }

    /**
     * Relaxations for the Data Center document, whose generator typed every field value as an object.
     * Real Jira takes and returns strings ({@code summary}), arrays ({@code labels}) and objects alike, as
     * its own examples show, so the value schemas are widened to "any JSON":
     * {@code IssueUpdateBean.fields.*}, {@code IssueBean.fields.*} and {@code EntityPropertyBean.value}
     * (issue properties hold any JSON value, not only strings). Repeated operationIds are made unique,
     * Bearer is accepted next to Basic, and the createmeta answers are described as the pages they are.
     */
    static String relaxDataCenter(Path file) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(file.toFile());
            ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
            anyValue((ObjectNode) schemas.path("IssueUpdateBean").path("properties").path("fields"));
            anyValue((ObjectNode) schemas.path("IssueBean").path("properties").path("fields"));
            ((ObjectNode) schemas.path("EntityPropertyBean").path("properties")).putObject("value");
            uniqueOperationIds(root);
            allowBearer(root);
            pageOf(root, "/api/2/issue/createmeta/{projectIdOrKey}/issuetypes");
            pageOf(root, "/api/2/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}");
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Data Center document reuses some operationIds (e.g. for GET /api/2/issue/{issueIdOrKey}), which the
     * parser rejects outright. An operationId is only a name, so repeats get a numeric suffix.
     */
    private static void uniqueOperationIds(ObjectNode root) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        root.path("paths").forEach(item -> item.forEach(op -> {
            if (op.isObject() && op.hasNonNull("operationId")) {
                String id = op.get("operationId").asText();
                String unique = id;
                for (int n = 2; !seen.add(unique); n++) unique = id + "_" + n;
                ((ObjectNode) op).put("operationId", unique);
            }
        }));
    }

    /**
     * The Data Center document declares only HTTP Basic, but Data Center (8.14 and later) takes personal
     * access tokens as {@code Authorization: Bearer}, which is how punchlist authenticates; Bearer is
     * added as an alternative wherever an operation lists security.
     */
    private static void allowBearer(ObjectNode root) {
        ((ObjectNode) root.path("components").path("securitySchemes")).putObject("bearerPat")
                .put("type", "http").put("scheme", "bearer");
        root.path("paths").forEach(item -> item.forEach(op -> {
            if (op.path("security").isArray()) ((com.fasterxml.jackson.databind.node.ArrayNode) op.get("security"))
                    .addObject().putArray("bearerPat");
        }));
    }

    /**
     * The Data Center document describes the two paged createmeta answers as a single element; Jira 9+
     * answers with a page ({@code startAt}, {@code maxResults}, {@code total}, {@code isLast}, {@code values}).
     */
    private static void pageOf(ObjectNode root, String path) {
        ObjectNode media = (ObjectNode) root.path("paths").path(path).path("get").path("responses").path("200")
                .path("content").path("application/json");
        ObjectNode page = new ObjectMapper().createObjectNode().put("type", "object");
        ObjectNode props = page.putObject("properties");
        for (String n : new String[] {"startAt", "maxResults", "total"}) props.putObject(n).put("type", "integer");
        props.putObject("isLast").put("type", "boolean");
        props.putObject("values").put("type", "array").set("items", media.get("schema"));
        media.set("schema", page);
    }

    private static void anyValue(ObjectNode mapSchema) {
        mapSchema.putObject("additionalProperties");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidationReport check(Flavour flavour, Request request) {
        return validator(flavour).validateRequest(request);
    }

    static ValidationReport check(Flavour flavour, String path, Request.Method method, Response response) {
        return validator(flavour).validateResponse(path, method, response);
    }
}
