package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches text to gold findings the way the corpus's scorer does: lower case, runs of white space as
 * one, only the first 4,000 characters of title and text; a gold finding is matched when at least half
 * of its phrases occur, and each finding takes at most one item, best share first.
 */
final class GoldMatch {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_CHARS = 4000;

    private GoldMatch() {
    }

    static String normalised(String title, String text) {
        String all = SPACES.matcher((title + " " + text).toLowerCase(Locale.ROOT)).replaceAll(" ");
        return all.length() > MAX_CHARS ? all.substring(0, MAX_CHARS) : all;
    }

    /** Whether the text states some gold finding (the label of a candidate mention). */
    static boolean statesAny(String normalised, List<Corpus.Gold> golds) {
        for (Corpus.Gold g : golds) {
            if (hits(g, normalised) >= needed(g)) {
                return true;
            }
        }
        return false;
    }

    /** How many gold findings one item each can claim (true positives). */
    static int matched(List<Corpus.Gold> golds, List<String> items) {
        int n = 0;
        for (int gold : assignment(golds, items)) {
            n += gold >= 0 ? 1 : 0;
        }
        return n;
    }

    /** For each item, the gold finding it claims, or -1. */
    static int[] assignment(List<Corpus.Gold> golds, List<String> items) {
        record Pair(double share, int gold, int item) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            Corpus.Gold g = golds.get(i);
            for (int j = 0; j < items.size(); j++) {
                int h = hits(g, items.get(j));
                if (h >= needed(g)) {
                    pairs.add(new Pair((double) h / Math.max(1, g.match().size()), i, j));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.share(), a.share())); // stable, as the scorer's sort
        Set<Integer> golden = new HashSet<>();
        int[] claimed = new int[items.size()];
        java.util.Arrays.fill(claimed, -1);
        for (Pair p : pairs) {
            if (!golden.contains(p.gold()) && claimed[p.item()] < 0) {
                golden.add(p.gold());
                claimed[p.item()] = p.gold();
            }
        }
        return claimed;
    }

    /** Whether the text holds at least one of the gold finding's phrases. */
    static boolean touches(Corpus.Gold g, String normalised) {
        return hits(g, normalised) > 0;
    }

    private static int needed(Corpus.Gold g) {
        return Math.max(1, (g.match().size() + 1) / 2);
    }

    private static int hits(Corpus.Gold g, String text) {
        int n = 0;
        for (String phrase : g.match()) {
            if (text.contains(SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
                n++;
            }
        }
        return n;
    }
}
