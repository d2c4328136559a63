package dev.punchlist.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds an Atlassian Document Format {@code doc} (version 1), the rich text Cloud's REST v3 expects. */
public final class Adf {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final ArrayNode content = JSON.arrayNode();

    /** A paragraph of plain text; empty text is skipped because ADF text nodes must not be empty. */
    public Adf paragraph(String text) {
        if (text != null && !text.isBlank()) content.add(block("paragraph").set("content", JSON.arrayNode().add(text(text))));
        return this;
    }

    /** A paragraph holding {@code label} followed by {@code linkText} carrying a link mark to {@code href}. */
    public Adf link(String label, String linkText, String href) {
        ObjectNode link = text(linkText);
        link.putArray("marks").addObject().put("type", "link").putObject("attrs").put("href", href);
        content.add(block("paragraph").set("content", JSON.arrayNode().add(text(label)).add(link)));
        return this;
    }

    /** A code block; used for quoted report lines so their spacing survives. */
    public Adf codeBlock(String code) {
        if (code != null && !code.isEmpty()) content.add(block("codeBlock").set("content", JSON.arrayNode().add(text(code))));
        return this;
    }

    public ObjectNode build() {
        ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
        doc.set("content", content.deepCopy());
        return doc;
    }

    private static ObjectNode block(String type) {
        return JSON.objectNode().put("type", type);
    }

    private static ObjectNode text(String text) {
        return JSON.objectNode().put("type", "text").put("text", text);
    }
}
