package dev.punchlist.audit;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Content words for telling whether two mentions describe the same problem: lower case, crudely
 * stemmed, without stopwords or the generic words every audit uses ("add", "fix", "missing", "critical").
 * File-like tokens ("crm-api.ts", "performance.created_at") are kept whole as well, as they are the
 * most distinctive words a report has.
 */
final class Tokens {
    private static final Memo<Set<String>> MEMO = Memo.of(Tokens::compute);
    private static final Set<String> STOP = Set.of(("a an the and or of to in on for with without by from at as is are re "
            + "never none be been being was were it its this that these those there their them they we you your our not no "
            + "can could should must may might will would do does did has have had via per than then into onto "
            + "over under up out all any some each every more most less very also only just still yet "
            + "add added adding fix fixed fixes fixing implement implemented create created make use used using "
            + "ensure enable enabled disable missing lack lacks issue issues problem problems critical high medium "
            + "low minor major priority severity risk risks need needs needed required require requires proper "
            + "strong comprehensive robust appropriate adequate "
            + "properly improve improved improvement better set setup configure configured review update updated "
            + "support new current currently before after production prod step steps etc e g eg ie i "
            + "de la el en y para con los las del por que se una un al lo su sus sin "
            + "similar p0 p1 p2 p3 todo item items task tasks work hours hour h min mins day days week weeks effort").split(" "));

    /** Stopwords as stems too, so "configuration" goes where "configure" goes. */
    private static final Set<String> STOP_STEMS = stems(STOP);

    private static Set<String> stems(Set<String> words) {
        Set<String> out = new java.util.HashSet<>(words);
        words.forEach(w -> out.add(stem(w)));
        return Set.copyOf(out);
    }

    private Tokens() {
    }

    /** The content words of a text, read-only. */
    static Set<String> of(String text) {
        return MEMO.get(text);
    }

    private static Set<String> compute(String text) {
        Set<String> out = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int chunkStart = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (isChunkChar(c)) {
                chunkStart = chunkStart < 0 ? i : chunkStart;
            } else if (chunkStart >= 0) {
                addFileLike(lower.substring(chunkStart, i), out);
                chunkStart = -1;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                addWord(word.toString(), out);
                word.setLength(0);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static boolean isChunkChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '/' || c == '-';
    }

    /** "crm-api.ts", "performance.created_at", "src/app.py": kept whole, they are the most distinctive. */
    private static void addFileLike(String chunk, Set<String> out) {
        int from = 0;
        int to = chunk.length();
        while (from < to && isJoiner(chunk.charAt(from))) {
            from++;
        }
        while (to > from && isJoiner(chunk.charAt(to - 1))) {
            to--;
        }
        String trimmed = chunk.substring(from, to);
        boolean joined = trimmed.indexOf('.') > 0 || trimmed.indexOf('_') > 0 || trimmed.indexOf('/') > 0;
        if (joined && !isWordPair(trimmed) && trimmed.length() > 3 && trimmed.chars().anyMatch(Character::isLetter)
                && !trimmed.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            out.add(trimmed);
        }
    }

    /**
     * "Validation/Sanitization", "CI/CD": two words with a slash between them are an "and/or" of words,
     * not a path; a path has an extension, a leading slash or more than one slash.
     */
    private static boolean isWordPair(String chunk) {
        int slash = chunk.indexOf('/');
        return slash > 0 && chunk.indexOf('/', slash + 1) < 0 && chunk.chars().allMatch(c -> Character.isLetter(c) || c == '/');
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '_' || c == '/' || c == '-';
    }

    /** Abbreviations reports use for the same thing: "env vars" are "environment variables". */
    private static final java.util.Map<String, String> SHORT_FORMS = java.util.Map.of("env", "environment",
            "envs", "environments", "var", "variable", "vars", "variables", "config", "configuration",
            "configs", "configurations", "db", "database", "dbs", "databases", "repo", "repository");

    private static void addWord(String word, Set<String> out) {
        String w = SHORT_FORMS.getOrDefault(word, word);
        if (w.length() > 1 && !STOP.contains(w) && !isNumber(w)) {
            String stem = stem(w);
            if (!STOP_STEMS.contains(stem)) {
                out.add(stem);
            }
        }
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A crude suffix stripper: enough to meet "authentication"/"authenticate", "indexes"/"index" and
     * "validation"/"validators".
     */
    static String stem(String w) {
        if (w.length() == 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, 3); // "bugs", "logs", "keys"
        }
        if (w.length() <= 4) {
            return w;
        }
        String[] suffixes = {"ications", "ication", "ations", "ation", "itions", "ition", "izations", "ization",
            "icates", "icated", "icate", "ators", "ator", "ings", "ing", "ments", "ment", "ness", "ities", "ity", "ies", "ied",
            "ates", "ated", "ate", "izes", "ized", "ize", "es", "ed", "ly", "s", "e"};
        for (String suffix : suffixes) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String base = w.substring(0, w.length() - suffix.length());
                return suffix.equals("ies") || suffix.equals("ied") ? base + "y" : base;
            }
        }
        return w;
    }
}
