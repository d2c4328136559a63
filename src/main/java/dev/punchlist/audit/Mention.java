package dev.punchlist.audit;

import java.util.List;

/**
 * One place in the report where a finding is mentioned.
 *
 * @param line        1-based first line
 * @param endLine     1-based last line
 * @param headingPath the headings above it, outermost first
 * @param text        the mentioned text, cleaned of Markdown markers
 */
public record Mention(int line, int endLine, List<String> headingPath, String text) {
    public Mention {
        headingPath = List.copyOf(headingPath);
    }
}
