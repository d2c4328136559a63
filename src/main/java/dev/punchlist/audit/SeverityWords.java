package dev.punchlist.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a severity from the words and markers reports use for it: English and Spanish labels in their
 * many forms here, and the severity words of every language file ({@link Lexicon}) when those say nothing.
 */
final class SeverityWords {
    private static final Memo<Optional<Severity>> STATED_IN_MEMO = Memo.of(SeverityWords::computeStatedIn);
    private static final Memo<Optional<Severity>> OF_WORDS_MEMO = Memo.of(SeverityWords::computeOfWords);
    private static final Memo<Optional<Severity>> OF_LABEL_MEMO = Memo.of(SeverityWords::computeOfLabel);
    private static final String WORDS = "critical|cr[ií]tic[oa]|blocker|blocking|showstopper|immediate|urgent|"
            + "high|alta|alto|major|important|medium|moderate|minor|low|baja|bajo|nice[- ]to[- ]have|info|informational|"
            + "p[0-4]";
    /** "MEDIUM-HIGH", "Low-Medium": a range of two words; the report leans to the higher one. */
    private static final Pattern RANGE = Pattern.compile("\\b(" + WORDS + ")\\s*[-/–]\\s*(" + WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_WORD = Pattern.compile("\\b(" + WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** A word used as a label: upper case, or followed by a colon, or in brackets, or "X priority". */
    private static final Pattern LABEL = Pattern.compile(
            "(?-i:\\b(CRITICAL|BLOCKER|BLOCKING|IMMEDIATE|URGENT|HIGH|MEDIUM|MODERATE|MINOR|LOW|INFO|P[0-4])\\b)"
                    + "|\\b(" + WORDS + ")\\s*(?::|\\)|]|\\s+(?:priority|severity|risk|impact)\\b)"
                    + "|[(\\[]\\s*(" + WORDS + ")\\b"
                    + "|\\b(?:severity|priority|severidad|prioridad|risk)\\s*[:=]?\\s*\\**\\s*(?:\\p{So}\\s*)?("
                    + WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPER_LABEL = Pattern.compile(
            "\\b(CRITICAL|BLOCKER|BLOCKING|IMMEDIATE|URGENT|HIGH|MEDIUM|MODERATE|MINOR|LOW|INFO|P[0-4])\\b");

    private SeverityWords() {
    }

    /** The severity a short label or cell states ("High", "🔴 CRITICAL", "P1", "Medium-High"). */
    static Optional<Severity> ofLabel(String text) {
        return OF_LABEL_MEMO.get(text);
    }

    private static Optional<Severity> computeOfLabel(String text) {
        String bare = text.length() > 12 ? "" : text.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (bare.equals("media") || bare.equals("medio")) {
            return Optional.of(Severity.MEDIUM);
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            return Optional.of(higher(of(range.group(1)), of(range.group(2))));
        }
        Matcher word = ANY_WORD.matcher(text);
        if (word.find()) {
            return Optional.of(of(word.group(1)));
        }
        return marker(text).or(() -> Lexicon.ALL.severity(text));
    }

    /** A severity named by words only (no markers), as in a section heading. */
    static Optional<Severity> ofWords(String text) {
        return OF_WORDS_MEMO.get(text);
    }

    private static Optional<Severity> computeOfWords(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            return Optional.of(higher(of(range.group(1)), of(range.group(2))));
        }
        Matcher word = ANY_WORD.matcher(text);
        return word.find() ? Optional.of(of(word.group(1))) : Lexicon.ALL.severity(text);
    }

    /** A severity stated as a label inside running text (not the adjective in "fix critical bugs"). */
    static Optional<Severity> statedIn(String text) {
        return STATED_IN_MEMO.get(text);
    }

    private static Optional<Severity> computeStatedIn(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.find() && (isUpper(range.group(1)) || text.toLowerCase(Locale.ROOT).contains("severity"))) {
            return Optional.of(higher(of(range.group(1)), of(range.group(2))));
        }
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            for (int g = 1; g <= label.groupCount(); g++) {
                if (label.group(g) != null) {
                    return Optional.of(of(label.group(g)));
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasUpperLabel(String text) {
        return UPPER_LABEL.matcher(text).find();
    }

    /** Coloured markers: 🔴 critical, 🟠 high, 🟡 medium, 🟢 low, 🔵/⚪ info. */
    static Optional<Severity> marker(String text) {
        if (text.contains("🔴") || text.contains("🚨")) {
            return Optional.of(Severity.CRITICAL);
        }
        if (text.contains("🟠")) {
            return Optional.of(Severity.HIGH);
        }
        if (text.contains("🟡")) {
            return Optional.of(Severity.MEDIUM);
        }
        if (text.contains("🟢")) {
            return Optional.of(Severity.LOW);
        }
        if (text.contains("🔵") || text.contains("⚪")) {
            return Optional.of(Severity.INFO);
        }
        return Optional.empty();
    }

    /** Warning markers (⚠️, ❌) say "a problem" without saying how bad: medium when nothing else does. */
    static boolean hasWarningMarker(String text) {
        return text.contains("⚠") || text.contains("❌") || text.contains("✗") || text.contains("🚫");
    }

    static Severity of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("p") && w.length() == 2) {
            return Severity.values()[Math.min(w.charAt(1) - '0', 4)];
        }
        if (w.startsWith("crit") || w.startsWith("cr\u00ed") || w.startsWith("block") || w.equals("showstopper")
                || w.equals("immediate") || w.equals("urgent")) {
            return Severity.CRITICAL;
        }
        if (w.equals("high") || w.startsWith("alt") || w.equals("major") || w.equals("important")) {
            return Severity.HIGH;
        }
        if (w.startsWith("med") || w.equals("moderate")) {
            return Severity.MEDIUM;
        }
        if (w.startsWith("info")) {
            return Severity.INFO;
        }
        return Severity.LOW;
    }

    private static Severity higher(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
