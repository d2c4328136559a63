package dev.punchlist.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a {@link Report} that {@code parse --json}, the API preview and the pages share. */
public final class ReportJson {
    private ReportJson() {
    }

    public static Map<String, Object> of(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", report.title());
        json.put("score", score(report.score()));
        json.put("verdict", report.verdict());
        json.put("findings", report.findings().stream().map(ReportJson::finding).toList());
        json.put("not_work", report.notWork());
        json.put("budgets", report.budgets());
        return json;
    }

    private static Map<String, Object> score(ReportScore score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overall", score.overall());
        json.put("scale", score.scale());
        json.put("categories", score.categories());
        return json;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", finding.title());
        json.put("severity", finding.severity().label());
        json.put("phase", finding.phase());
        json.put("effort_hours", finding.effort() == null ? null
                : new Double[] {finding.effort().minHours(), finding.effort().maxHours()});
        json.put("effort_stated", finding.effort() != null);
        json.put("effort_text", finding.effort() == null ? null : finding.effort().text());
        json.put("category", finding.category());
        json.put("text", finding.detail());
        json.put("lines", finding.lines());
        json.put("mentions", finding.mentions());
        json.put("confidence", Math.round(finding.confidence() * 1000) / 1000.0);
        return json;
    }

}
