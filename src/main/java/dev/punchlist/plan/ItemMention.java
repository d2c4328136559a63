package dev.punchlist.plan;

/** Where an audit report mentioned an item: lines, the headings above, and the quoted text. */
public record ItemMention(long auditId, int line, int endLine, String headingPath, String quote) {
}
