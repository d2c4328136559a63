package dev.punchlist.audit;

import java.util.List;

/**
 * What {@link AuditReader} read from one report.
 *
 * @param title    the project or report title, or {@code null}
 * @param score    the stated current score
 * @param verdict  the readiness verdict line, or {@code null}
 * @param findings one per distinct finding, in order of first mention
 * @param notWork  lines left out as not work
 * @param budgets  per-phase budgets
 * @param text     the report text after encoding repair (what line numbers refer to)
 */
public record Report(String title, ReportScore score, String verdict, List<Finding> findings,
                     List<NotWork> notWork, List<PhaseBudget> budgets, String text) {
    public Report {
        findings = List.copyOf(findings);
        notWork = List.copyOf(notWork);
        budgets = List.copyOf(budgets);
    }
}
