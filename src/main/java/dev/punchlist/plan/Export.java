package dev.punchlist.plan;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a checklist out as a GitHub task list grouped by phase, or as CSV. */
public final class Export {
    private static final String[] PHASE_NAMES = {"Phase 0 — critical, before anything ships",
            "Phase 1 — high, before production", "Phase 2 — medium and low, hardening"};
    private static final String CSV_HEADER = "id,phase,severity,status,title,category,assignee,due,effort_min_h,effort_max_h,effort_stated,"
            + "resolved_at,jira_key,notes";

    private Export() {
    }

    public static String markdown(Project project, List<Item> items) {
        StringBuilder out = new StringBuilder("# ").append(text(project.name())).append(" — remediation checklist\n");
        for (int phase = 0; phase <= 2; phase++) {
            int current = phase;
            List<Item> inPhase = items.stream().filter(i -> i.phase() == current).toList();
            out.append("\n## ").append(PHASE_NAMES[phase]).append(" (").append(total(inPhase)).append(")\n\n");
            inPhase.forEach(item -> out.append(taskLine(item)));
        }
        return out.toString();
    }

    private static String taskLine(Item item) {
        String box = item.status().resolved() ? "[x]" : "[ ]";
        String who = item.assignee() == null ? "" : " @" + text(item.assignee());
        String closed = item.status() == Status.WONT_FIX ? " (won't fix: " + text(item.statusReason()) + ")" : "";
        return "- " + box + " **" + item.severity().label().toUpperCase() + "** " + text(item.title())
                + " — " + item.effort() + (item.effortStated() ? "" : " (estimated)") + who + closed + "\n";
    }

    private static String total(List<Item> items) {
        return items.stream().map(Item::effort).reduce(EffortRange.ZERO, EffortRange::plus) + " total";
    }

    /** What a CSV row carries besides the item: its Jira ticket and its notes (the comment thread), when known. */
    public record Extra(String jiraKey, String notes) {
        static final Extra NONE = new Extra(null, null);
    }

    public static String csv(List<Item> items) {
        return csv(items, java.util.Map.of());
    }

    public static String csv(List<Item> items, java.util.Map<Long, Extra> extras) {
        return CSV_HEADER + "\n" + items.stream().map(i -> csvRow(i, extras.getOrDefault(i.id(), Extra.NONE)))
                .collect(Collectors.joining("\n")) + (items.isEmpty() ? "" : "\n");
    }

    private static String csvRow(Item item, Extra extra) {
        String notes = extra.notes() != null ? extra.notes() : item.notes();
        return String.join(",", String.valueOf(item.id()), String.valueOf(item.phase()), item.severity().label(),
                item.status().label(), cell(item.title()), cell(item.category()), cell(item.assignee()),
                item.due() == null ? "" : item.due().toString(), String.valueOf(item.effort().min()),
                item.effort().max() == null ? "" : String.valueOf(item.effort().max()), String.valueOf(item.effortStated()),
                item.resolvedAt() == null ? "" : item.resolvedAt().toString(), cell(extra.jiraKey()), cell(notes));
    }

    /** Quotes every text cell, and defuses leading = + - @ so spreadsheets do not run it as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /**
     * One line of text with HTML's special characters as entities: a report's {@code <script>} or {@code <img onerror>}
     * copied into a title must stay text wherever the exported Markdown is rendered (GitHub, a wiki, an editor).
     */
    private static String text(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ").trim().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
