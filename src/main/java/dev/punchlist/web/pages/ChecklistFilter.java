package dev.punchlist.web.pages;

import dev.punchlist.plan.ItemSummary;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checklist's filters, read from and written back to the query string so a filtered view can be
 * bookmarked and survives every form post. Matching follows {@code Items.all}'s filter semantics; the
 * page filters in memory because it also needs the unfiltered list for the phase totals and choices.
 * Only the text search asks the database, since the summaries the page reads carry no descriptions.
 *
 * @param assignee a name, {@code "-"} for unassigned, or {@code null} for anyone
 */
record ChecklistFilter(String status, String assignee, String severity, String category, String q) {
    static final String UNASSIGNED = "-";

    static ChecklistFilter of(Context ctx) {
        return new ChecklistFilter(param(ctx, "status"), param(ctx, "assignee"), param(ctx, "severity"),
                param(ctx, "category"), param(ctx, "q"));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean active() {
        return status != null || assignee != null || severity != null || category != null || q != null;
    }

    /** @param textMatches ids of the items whose title or description contains {@link #q}; unused without one */
    boolean matches(ItemSummary item, Set<Long> textMatches) {
        if (status != null && !("open".equals(status) ? !item.status().resolved() : item.status().label().equals(status))) {
            return false;
        }
        if (assignee != null && !(UNASSIGNED.equals(assignee) ? item.assignee() == null : assignee.equalsIgnoreCase(item.assignee()))) {
            return false;
        }
        if (severity != null && !item.severity().label().equals(severity)) {
            return false;
        }
        if (category != null && !category.equalsIgnoreCase(item.category())) {
            return false;
        }
        return q == null || textMatches.contains(item.id());
    }

    /** The query string for these filters, starting with "?", or "" when none is set. */
    String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("assignee", assignee);
        params.put("severity", severity);
        params.put("category", category);
        params.put("q", q);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
