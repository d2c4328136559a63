package dev.punchlist.web.pages;

import dev.punchlist.plan.InvalidInputException;
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
 * The page of the list travels with the filters, so a save or a bulk change returns to the page it was made on.
 *
 * @param assignee a name, {@code "-"} for unassigned, or {@code null} for anyone
 * @param page     which {@link #PAGE_SIZE} matching items the checklist shows, from 1
 */
record ChecklistFilter(String status, String assignee, String severity, String category, String q, int page) {
    static final String UNASSIGNED = "-";
    /** Rows per checklist page: a 100,000-item project made a 129 MB page; 200 rows are about 250 KB. */
    static final int PAGE_SIZE = 200;

    static ChecklistFilter of(Context ctx) {
        return new ChecklistFilter(param(ctx, "status"), param(ctx, "assignee"), param(ctx, "severity"),
                param(ctx, "category"), param(ctx, "q"), page(param(ctx, "page")));
    }

    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        if (!value.matches("[1-9][0-9]{0,8}")) {
            throw new InvalidInputException("page", "must be a page number from 1");
        }
        return Integer.parseInt(value);
    }

    ChecklistFilter onPage(int number) {
        return new ChecklistFilter(status, assignee, severity, category, q, number);
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

    /** The query string for these filters and page, starting with "?", or "" when none is set. */
    String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("assignee", assignee);
        params.put("severity", severity);
        params.put("category", category);
        params.put("q", q);
        params.put("page", page > 1 ? String.valueOf(page) : null);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
