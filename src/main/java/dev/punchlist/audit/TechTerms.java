package dev.punchlist.audit;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The technical names in a mention: config keys and constants ({@code DEBUG}, {@code SECRET_KEY}),
 * CamelCase names, identifiers and paths ({@code created_at}, {@code conftest.py}) and code spans. A
 * problem and its fix are usually worded differently ("Debug mode enabled" / "Set DEBUG=False") but
 * name the same thing, so a shared rare name says far more than a shared ordinary word. Returned in the
 * form {@link Tokens} uses (lower case, stemmed words; identifiers whole).
 */
final class TechTerms {
    private static final Memo<Set<String>> MEMO = Memo.of(TechTerms::compute);
    /** Upper-case words that are labels or shouting, not names. */
    private static final Set<String> LABELS = Set.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO", "TODO", "NOT",
            "DONE", "NOW", "SOON", "LATER", "MUST", "SHOULD", "READY", "FIX", "AND", "THE", "ALL", "NEW", "WIP",
            "YES", "NONE", "FAIL", "PASS", "OK", "NOTE", "WARNING", "BLOCKER", "URGENT", "IMMEDIATE", "DO");

    private TechTerms() {
    }

    static Set<String> of(String text) {
        return MEMO.get(text);
    }

    private static Set<String> compute(String text) {
        Set<String> out = new LinkedHashSet<>();
        boolean prose = hasLowerCase(text);
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (isWordChar(text.charAt(end)) || isInnerJoiner(text, end))) {
                end++;
            }
            add(text.substring(i, end), prose, out);
            i = end;
        }
        return out.isEmpty() ? Set.of() : Collections.unmodifiableSet(out);
    }

    private static void add(String word, boolean prose, Set<String> out) {
        boolean joined = word.indexOf('_') > 0 || word.indexOf('.') > 0;
        if (joined && word.length() > 3 && word.chars().anyMatch(Character::isLetter)) {
            out.add(word.toLowerCase(Locale.ROOT));
        } else if (!joined && (prose && isConstant(word) || isCamelCase(word))) {
            out.add(Tokens.stem(word.toLowerCase(Locale.ROOT)));
        }
    }

    private static boolean isConstant(String word) {
        if (word.length() < 3 || LABELS.contains(word) || word.matches("P\\d")) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return word.chars().filter(Character::isLetter).count() >= 3;
    }

    /** "CRMProvider", "useEffect", "SaySwitch": a lower-case letter followed by an upper-case one. */
    private static boolean isCamelCase(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A dot between two word characters: "settings.py", "performance.created_at". */
    private static boolean isInnerJoiner(String text, int at) {
        return text.charAt(at) == '.' && at + 1 < text.length() && isWordChar(text.charAt(at + 1))
                && at > 0 && isWordChar(text.charAt(at - 1));
    }
}
