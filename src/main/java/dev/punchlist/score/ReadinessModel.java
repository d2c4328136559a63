package dev.punchlist.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The readiness model. Baseline B is the report's stated score on 0–100 (0 when it states none);
 * {@code score = B + (100 - B) * doneWeight / totalWeight}. Won't-fix items stay in the total weight
 * but earn nothing, and resolve their phase gate. The level is the furthest phase gate passed.
 */
public final class ReadinessModel {
    private ReadinessModel() {
    }

    public static Readiness compute(double baseline, Map<String, Double> statedCategories, List<ScoredItem> items) {
        return compute(baseline, statedCategories, items, Map.of());
    }

    /**
     * @param sections for each item, the report sections it is mentioned under: an item counts toward every
     *                 category the report scored and mentions it in, not only the one it is filed under (a
     *                 report lists "MD5 password hashing" under both "Backend" and "Security")
     */
    public static Readiness compute(double baseline, Map<String, Double> statedCategories, List<ScoredItem> items,
                                    Map<Long, List<String>> sections) {
        List<PhaseTally> phases = tally(items);
        double doneWeight = phases.stream().mapToDouble(PhaseTally::doneWeight).sum();
        double totalWeight = phases.stream().mapToDouble(PhaseTally::totalWeight).sum();
        return new Readiness(score(baseline, doneWeight, totalWeight), level(phases), baseline, doneWeight,
                totalWeight, phases, categories(baseline, statedCategories, items, sections),
                contributions(baseline, totalWeight, items));
    }

    public static List<PhaseTally> tally(Iterable<ScoredItem> items) {
        List<PhaseSums> sums = List.of(new PhaseSums(0), new PhaseSums(1), new PhaseSums(2));
        for (ScoredItem item : items) {
            sums.get(item.phase()).add(item);
        }
        return sums.stream().map(PhaseSums::tally).toList();
    }

    /** Running sums of one phase; mutable so a re-score of thousands of items allocates three objects. */
    private static final class PhaseSums {
        private final int phase;
        private int total;
        private int resolved;
        private int done;
        private double totalWeight;
        private double doneWeight;
        private double remainingMin;
        private double remainingMax;
        private boolean openEnded;

        PhaseSums(int phase) {
            this.phase = phase;
        }

        void add(ScoredItem item) {
            total++;
            totalWeight += item.weight();
            if (item.done()) {
                done++;
                doneWeight += item.weight();
            }
            if (item.resolved()) {
                resolved++;
                return;
            }
            remainingMin += item.effortMin();
            if (item.effortMax() == null) {
                openEnded = true;
            } else {
                remainingMax += item.effortMax();
            }
        }

        PhaseTally tally() {
            return new PhaseTally(phase, total, resolved, done, totalWeight, doneWeight, remainingMin,
                    openEnded ? null : remainingMax);
        }
    }

    public static double score(double baseline, double doneWeight, double totalWeight) {
        double earned = totalWeight == 0 ? 0 : (100 - baseline) * doneWeight / totalWeight;
        return round(baseline + earned);
    }

    /** An empty checklist proves nothing, so it is not ready rather than hardened. */
    public static Level level(List<PhaseTally> phases) {
        if (phases.stream().mapToInt(PhaseTally::total).sum() == 0) {
            return Level.NOT_READY;
        }
        int passed = 0;
        while (passed < phases.size() && phases.get(passed).gateMet()) {
            passed++;
        }
        return Level.reachedWith(passed);
    }

    private static List<CategoryScore> categories(double baseline, Map<String, Double> stated, List<ScoredItem> items,
                                                  Map<Long, List<String>> sections) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Double> statedByKey = new LinkedHashMap<>();
        stated.forEach((name, value) -> {
            names.putIfAbsent(key(name), name);
            statedByKey.putIfAbsent(key(name), value);
        });
        Map<String, List<ScoredItem>> byKey = new TreeMap<>();
        for (ScoredItem item : items) {
            if (item.category() != null) {
                byKey.computeIfAbsent(key(item.category()), k -> new ArrayList<>()).add(item);
            }
        }
        byKey.forEach((key, members) -> names.putIfAbsent(key, members.get(0).category()));
        for (ScoredItem item : items) {
            for (String section : sections.getOrDefault(item.id(), List.of())) {
                String key = key(section);
                List<ScoredItem> members = statedByKey.containsKey(key)
                        ? byKey.computeIfAbsent(key, k -> new ArrayList<>()) : null;
                if (members != null && !members.contains(item)) {
                    members.add(item);
                }
            }
        }
        List<CategoryScore> scores = new ArrayList<>();
        names.forEach((key, name) -> scores.add(category(name, statedByKey.get(key), baseline, byKey.getOrDefault(key, List.of()))));
        return scores;
    }

    private static CategoryScore category(String name, Double stated, double overall, List<ScoredItem> items) {
        double base = stated == null ? overall : stated;
        double done = items.stream().filter(ScoredItem::done).mapToDouble(ScoredItem::weight).sum();
        double total = items.stream().mapToDouble(ScoredItem::weight).sum();
        int doneCount = (int) items.stream().filter(ScoredItem::done).count();
        return new CategoryScore(name, stated, base, score(base, done, total), items.size(), doneCount);
    }

    private static List<Contribution> contributions(double baseline, double totalWeight, List<ScoredItem> items) {
        return items.stream().filter(ScoredItem::done)
                .map(i -> new Contribution(i.id(), i.title(), i.category(), round((100 - baseline) * i.weight() / totalWeight)))
                .sorted(Comparator.comparingDouble(Contribution::points).reversed().thenComparingLong(Contribution::itemId))
                .toList();
    }

    /**
     * What names one category: its words before any aside, ignoring case. Reports name a category in its
     * score table and again as a section heading, each differently: "Backend (FastAPI)", "BACKEND
     * (FastAPI)", "Backend"; "Performance" and "PERFORMANCE & OPTIMIZATION".
     */
    static String key(String category) {
        String name = category.toLowerCase(Locale.ROOT);
        int cut = name.length();
        for (String aside : new String[]{"(", "&", "/", ",", " and ", " - ", " – ", ":"}) {
            int at = name.indexOf(aside);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        // a section's number ("5 SECURITY (45/100)") is where the report put it, not its name
        return name.substring(0, cut).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().replaceFirst("^\\d+( \\d+)* ", "");
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
