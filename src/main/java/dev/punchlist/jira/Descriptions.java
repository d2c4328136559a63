package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.stream.Collectors;

/** Renders a draft's description: ADF for Cloud, wiki markup for Data Center. */
final class Descriptions {
    private Descriptions() {
    }

    static JsonNode render(IssueDraft d, Flavour flavour) {
        return flavour == Flavour.CLOUD ? adf(d) : TextNode.valueOf(wiki(d));
    }

    static JsonNode adf(IssueDraft d) {
        Adf adf = new Adf().paragraph(d.detail());
        if (!d.quotes().isEmpty()) adf.paragraph("From the report:").codeBlock(quoted(d));
        if (d.effort() != null) adf.paragraph("Effort: " + d.effort());
        if (d.itemUrl() != null) adf.link("Punchlist item: ", d.itemUrl().toString(), d.itemUrl().toString());
        return adf.build();
    }

    static String wiki(IssueDraft d) {
        StringBuilder out = new StringBuilder();
        if (d.detail() != null) out.append(d.detail()).append("\n\n");
        // {noformat} keeps report text verbatim; wiki markup inside it is not interpreted.
        if (!d.quotes().isEmpty()) out.append("From the report:\n{noformat}\n").append(quoted(d)).append("\n{noformat}\n\n");
        if (d.effort() != null) out.append("Effort: ").append(d.effort()).append("\n\n");
        if (d.itemUrl() != null) out.append("Punchlist item: [").append(d.itemUrl()).append("]\n");
        return out.toString().strip();
    }

    private static String quoted(IssueDraft d) {
        return d.quotes().stream().map(q -> q.lineNumber() + ": " + q.text().replace("{noformat}", "{ noformat}"))
                .collect(Collectors.joining("\n"));
    }
}
