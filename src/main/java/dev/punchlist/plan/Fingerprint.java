package dev.punchlist.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A finding's identity across re-audits: its title's significant words, sorted. Two findings match
 * when their word sets mostly overlap, so "Add rate limiting to login" finds "Rate limiting on login
 * missing" but not "Rate limiting on webhooks".
 */
final class Fingerprint {
    static final double SAME = 0.6;
    private static final Set<String> NOISE = Set.of("a", "an", "the", "to", "of", "on", "in", "for", "and", "or",
            "is", "are", "be", "with", "no", "not", "missing", "add", "fix", "use", "should", "all", "from", "by");

    private Fingerprint() {
    }

    static String of(String title) {
        return String.join(" ", words(title));
    }

    static boolean same(String a, String b) {
        return a.equals(b) || similarity(a, b) >= SAME;
    }

    static double similarity(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> right = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return union.isEmpty() ? 0 : (double) left.size() / union.size();
    }

    private static Set<String> words(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        Set<String> words = new TreeSet<>();
        for (String word : plain.trim().split(" ")) {
            if (!word.isEmpty() && !NOISE.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
