package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of a status table (Feature | Status | Notes) that say the same thing about several features
 * ("Bills Payment | Pending | UI only", "Transfers | Pending | UI only") report one gap across them:
 * one piece of work, named after all of them.
 */
final class StatusRows {
    private StatusRows() {
    }

    static List<Row> oneRowPerVerdict(List<Row> rows) {
        Map<String, List<Row>> byVerdict = new LinkedHashMap<>();
        for (Row row : rows) {
            byVerdict.computeIfAbsent(verdict(row), v -> new ArrayList<>()).add(row);
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> group : byVerdict.entrySet()) {
            if (group.getKey().isEmpty()) {
                out.addAll(group.getValue());
            } else {
                out.add(joined(group.getValue()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /**
     * What the row says about its feature: every cell but the first. Empty — never shared — when the
     * notes say too little to tell that two gaps are the same ("—", "No").
     */
    private static String verdict(Row row) {
        List<String> cells = row.cells();
        if (cells.size() < 3) {
            return "";
        }
        String said = Clean.plain(String.join(" | ", cells.subList(1, cells.size()))).toLowerCase(Locale.ROOT).strip();
        String note = Clean.plain(cells.get(cells.size() - 1)).strip();
        return note.split("\\s+").length >= 2 ? said : "";
    }

    private static Row joined(List<Row> group) {
        Row first = group.get(0);
        if (group.size() == 1) {
            return first;
        }
        List<String> titles = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        group.forEach(r -> {
            titles.add(r.cells().get(0).strip());
            raws.add(r.raw());
        });
        List<String> cells = new ArrayList<>(first.cells());
        cells.set(0, String.join(", ", titles));
        return new Row(first.line(), List.copyOf(cells), String.join("\n", raws));
    }
}
