package dev.punchlist.jira;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One checklist item as it should appear in Jira.
 *
 * @param itemId       punchlist's id of the item; with the project key it makes the deterministic label
 * @param quotes       report lines the item was drawn from, with their line numbers
 * @param effort       free text such as "about 2 hours"; may be null
 * @param itemUrl      link back to the item's page in punchlist; may be null
 * @param priorityName the Jira priority name chosen from the item's severity; may be null
 * @param labels       all labels; the constructor adds the item label if it is missing
 * @param parentKey    parent or epic key; may be null
 */
public record IssueDraft(String projectKey, String itemId, String summary, String detail, List<QuotedLine> quotes,
                         String effort, URI itemUrl, String priorityName, List<String> labels,
                         LocalDate dueDate, String parentKey) {

    /** Jira rejects summaries longer than 255 characters. */
    public static final int SUMMARY_LIMIT = 255;

    public IssueDraft {
        if (itemId == null || itemId.isBlank()) throw new IllegalArgumentException("a draft needs an item id");
        String line = summary == null ? "" : oneLine(summary);
        summary = clip(line.isEmpty() ? "Item " + itemId : line);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        labels = withItemLabel(labels, itemLabel(projectKey, itemId));
    }

    /** A report line quoted in the description. */
    public record QuotedLine(int lineNumber, String text) {
    }

    /** The label that ties a ticket to its item: {@code punchlist-<projectkey>-<itemid>}, lower-case. */
    public static String itemLabel(String projectKey, String itemId) {
        return ("punchlist-" + projectKey + "-" + itemId).toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    public String itemLabel() {
        return itemLabel(projectKey, itemId);
    }

    /** Jira refuses line breaks in a summary; a title pasted from a report may hold some. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\s]+", " ").strip();
    }

    private static String clip(String s) {
        // Cut on a code point boundary so we never send half a surrogate pair.
        if (s.length() <= SUMMARY_LIMIT) return s;
        int end = s.offsetByCodePoints(0, s.codePointCount(0, SUMMARY_LIMIT - 1));
        return s.substring(0, end) + "…";
    }

    private static List<String> withItemLabel(List<String> labels, String itemLabel) {
        List<String> out = new ArrayList<>(labels == null ? List.of() : labels);
        if (!out.contains(itemLabel)) out.add(0, itemLabel);
        return List.copyOf(out);
    }
}
