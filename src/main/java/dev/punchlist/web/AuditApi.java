package dev.punchlist.web;

import dev.punchlist.audit.ReportJson;
import dev.punchlist.plan.ImportPlan;
import dev.punchlist.plan.ImportResult;
import dev.punchlist.plan.Importer;
import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.PlannedItem;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/v1/projects/{key}/audits}: import a report (or preview the import) and list imports. */
final class AuditApi {
    private final Importer importer;

    AuditApi(Importer importer) {
        this.importer = importer;
    }

    void create(Context ctx) throws IOException {
        byte[] report = reportBytes(ctx);
        String key = ctx.pathParam("key");
        if ("true".equalsIgnoreCase(ctx.queryParam("dry_run"))) {
            ctx.json(preview(importer.preview(key, report)));
            return;
        }
        ImportResult result = importer.importReport(key, report, ItemApi.actor(ctx));
        ctx.status(result.duplicate() ? 200 : 201).json(result(result));
    }

    void list(Context ctx) {
        ctx.json(Map.of("audits", importer.audits(ctx.pathParam("key"))));
    }

    static byte[] reportBytes(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/markdown") || type.startsWith("text/plain") || type.startsWith("text/x-markdown")) {
            return ctx.bodyAsBytes();
        }
        if (type.startsWith("multipart/form-data")) {
            return uploaded(ctx);
        }
        throw new UnsupportedMediaTypeException("send the report as text/markdown, text/plain or a multipart/form-data file upload");
    }

    private static byte[] uploaded(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "attach the report as a file");
        }
        try (InputStream in = files.get(0).content()) {
            return in.readAllBytes();
        }
    }

    static Map<String, Object> preview(ImportPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("duplicate", plan.duplicate());
        if (plan.duplicate()) {
            body.put("duplicate_of", plan.duplicateOf());
        }
        body.put("report", ReportJson.of(plan.report()));
        body.put("items", plan.items().stream().map(AuditApi::planned).toList());
        body.put("missing", plan.missing().stream().map(ItemJson::of).toList());
        return body;
    }

    private static Map<String, Object> planned(PlannedItem item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", item.finding().title());
        body.put("severity", item.severity());
        body.put("phase", item.phase());
        body.put("effort", item.effort());
        body.put("effort_stated", item.effortStated());
        body.put("category", item.finding().category());
        body.put("lines", item.finding().lines());
        body.put("matched_item_id", item.matchedItemId());
        return body;
    }

    private static Map<String, Object> result(ImportResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("duplicate", result.duplicate());
        if (result.duplicate()) {
            body.put("message", "this exact report was already imported as audit " + result.audit().id() + "; nothing changed");
        }
        body.put("audit", result.audit());
        body.put("created", result.created().stream().map(ItemJson::of).toList());
        body.put("matched", result.matched().stream().map(ItemJson::of).toList());
        body.put("not_in_latest", result.notInLatest().stream().map(ItemJson::of).toList());
        return body;
    }
}
