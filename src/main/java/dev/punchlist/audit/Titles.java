package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short finding titles and the identifiers ("F-01", "Risk 1.1") reports use to cross-reference. */
final class Titles {
    private static final Memo<String> CATEGORY_MEMO = Memo.of(Titles::computeCategory);
    private static final Memo<List<String>> IDS_MEMO = Memo.of(Titles::computeIds);
    private static final Memo<String> CLEAN_MEMO = Memo.of(Titles::computeClean);
    private static final Pattern CODE_ID = Pattern.compile("\\b([A-Z]{1,6}-\\d{1,4})\\b");
    private static final Pattern WORD_ID = Pattern.compile(
            "\\b(?:risk|finding|issue|item|hallazgo|vuln\\w*|riesgo)\\s*#?\\s*(\\d+(?:\\.\\d+)+|\\d+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_ID = Pattern.compile("^\\W*(\\d+\\.\\d+)\\s*[:)]");
    private static final Pattern ID_PREFIX = Pattern.compile("^(?:[A-Z]{1,6}-\\d{1,4}|(?i:risk|finding|issue"
            + "|hallazgo|riesgo)\\s*#?\\s*\\d+(?:\\.\\d+)*|\\d+\\.\\d+)\\s*[:.)\\-–—]?\\s*");
    private static final Pattern SEVERITY_PREFIX = Pattern.compile("^(?:\\[?\\(?(?:CRITICAL|HIGH|MEDIUM|LOW|MINOR"
            + "|INFO|BLOCKER|URGENT|P[0-4])\\]?\\)?\\s*[:\\-–—]\\s*|\\[(?:critical|high|medium|low|p[0-4])]\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEVERITY_SUFFIX = Pattern.compile(
            "\\s*\\((?:severity|priority|severidad|prioridad)\\s*:[^)]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    /** "(value: high, effort: S)": a closing note of label-value pairs rates the item, it does not name it. */
    private static final Pattern RATING_SUFFIX = Pattern.compile(
            "\\s*\\((?:\\s*[\\p{L} ]{2,20}:\\s*[^,:()]{1,20},?)+\\)\\s*$");

    private Titles() {
    }

    static String clean(String rawOrPlain) {
        return CLEAN_MEMO.get(rawOrPlain);
    }

    private static String computeClean(String rawOrPlain) {
        String s = Clean.unnumbered(Clean.plain(rawOrPlain));
        s = ID_PREFIX.matcher(s).replaceFirst("");
        s = SEVERITY_PREFIX.matcher(s).replaceFirst("");
        s = Clean.unnumbered(s);
        s = SEVERITY_SUFFIX.matcher(s).replaceFirst("");
        s = RATING_SUFFIX.matcher(s).replaceFirst("");
        s = EffortReader.withoutParenthetical(s);
        s = Vocabulary.INLINE_EFFORT.matcher(s).replaceAll("");
        s = s.replaceAll("[:.\\s]+$", "").trim();
        if (s.length() > 140) {
            int stop = s.indexOf(". ");
            s = stop > 20 && stop < 140 ? s.substring(0, stop) : s;
        }
        return Clean.truncate(s, 160);
    }

    static List<String> ids(String plain) {
        return IDS_MEMO.get(plain);
    }

    private static List<String> computeIds(String plain) {
        List<String> out = new ArrayList<>();
        Matcher code = CODE_ID.matcher(plain);
        while (code.find()) {
            out.add(code.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher word = WORD_ID.matcher(plain);
        while (word.find()) {
            out.add(word.group(1));
        }
        Matcher dotted = DOTTED_ID.matcher(plain);
        if (dotted.find()) {
            out.add(dotted.group(1));
        }
        return out.stream().distinct().toList();
    }

    /** A category name from a heading: no numbering, "Section 2:" prefix or "(88/100)" rating. */
    static String category(String title) {
        return CATEGORY_MEMO.get(title);
    }

    private static String computeCategory(String title) {
        String s = Clean.unnumbered(title).replaceAll("(?i)^(section|secci[oó]n|part)\\s*\\d+\\s*[:.\\-–—]\\s*", "");
        s = s.replaceAll("\\(?\\s*\\d+(\\.\\d+)?\\s*/\\s*\\d+\\s*\\)?", "").replaceAll("[:\\s]+$", "").trim();
        return s.isEmpty() ? null : Clean.truncate(s, 80);
    }
}
