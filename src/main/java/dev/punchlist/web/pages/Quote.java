package dev.punchlist.web.pages;

import dev.punchlist.plan.ItemMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report line as the item page quotes it: once, with every audit that said it. A re-audit usually
 * repeats the same words, and the page would otherwise show the same quote once per report.
 */
record Quote(int line, int endLine, String headingPath, String quote, List<Long> audits) {

    static List<Quote> of(List<ItemMention> mentions) {
        Map<String, List<ItemMention>> byText = new LinkedHashMap<>();
        for (ItemMention m : mentions) {
            byText.computeIfAbsent(m.quote().strip(), k -> new ArrayList<>()).add(m);
        }
        List<Quote> quotes = new ArrayList<>();
        byText.forEach((text, same) -> {
            ItemMention first = same.get(0);
            quotes.add(new Quote(first.line(), first.endLine(), first.headingPath(), first.quote(),
                    same.stream().map(ItemMention::auditId).distinct().toList()));
        });
        return quotes;
    }
}
