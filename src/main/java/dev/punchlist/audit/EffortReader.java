package dev.punchlist.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads effort estimates: "2 hours", "30 min", "3-4 hrs", "1-2 days" (a day is 8 h), "1 week" (40 h),
 * "~15 hours", "20+ hours" (open-ended). A number must come before its unit, so schedule slots such as
 * "Day 1-2" or "Week 3" are never read as estimates.
 */
final class EffortReader {
    private static final Memo<String> WITHOUT_PARENTHETICAL_MEMO = Memo.of(EffortReader::computeWithoutParenthetical);
    private static final Memo<Optional<Effort>> FIRST_MEMO = Memo.of(EffortReader::computeFirst);
    private static final String NUMBER = "(\\d{1,4}(?:[.,]\\d{1,2})?)";
    private static final String UNIT = "(minutes?|mins?|m|hours?|hrs?|h|horas?|days?|d[ií]as?|d|weeks?|wks?|w|semanas?)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.])" + NUMBER + "\\s*(?:(?:-|–|—|to|a)\\s*" + NUMBER + ")?\\s*(\\+)?\\s*" + UNIT + "(?![\\w/])",
            Pattern.CASE_INSENSITIVE);
    /** A parenthetical that is nothing but an estimate: "(2 hours)", "(6h)", "(~30 min, + review)". */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(\\s*(?:~|≈|about\\s+|approx\\.?\\s+)?("
            + "\\d[^()]{0,24}?)\\s*(?:(?:[,;]|\\s\\+\\s)[^()]{0,60})?\\)");

    private EffortReader() {
    }

    /** The first estimate in a field value or table cell ("~6 hours (1 hour per function)"). */
    static Optional<Effort> first(String text) {
        return text == null ? Optional.empty() : FIRST_MEMO.get(text);
    }

    private static Optional<Effort> computeFirst(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(text.length() > 400 ? text.substring(0, 400) : text);
        return m.find() ? Optional.of(effort(m)) : Optional.empty();
    }

    /** An estimate given inside an item's line: "… — Effort: 2-4 hours". Remembered per title by {@link Votes}. */
    static Optional<Effort> inline(String line) {
        Matcher inline = Vocabulary.INLINE_EFFORT.matcher(line);
        return inline.find() ? first(inline.group(2)) : Optional.empty();
    }

    /** An estimate in brackets in a title: "Fix Password Hashing (2 hours)". Remembered per title by {@link Votes}. */
    static Optional<Effort> parenthetical(String title) {
        Matcher m = PARENTHETICAL.matcher(title);
        while (m.find()) {
            Matcher amount = AMOUNT.matcher(m.group(1));
            if (amount.lookingAt() && amount.end() == m.group(1).trim().length()) {
                return Optional.of(effort(amount));
            }
        }
        return Optional.empty();
    }

    /** The title without its effort parenthetical. */
    static String withoutParenthetical(String title) {
        return WITHOUT_PARENTHETICAL_MEMO.get(title);
    }

    private static String computeWithoutParenthetical(String title) {
        Matcher m = PARENTHETICAL.matcher(title);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            Matcher amount = AMOUNT.matcher(m.group(1));
            if (amount.lookingAt() && amount.end() == m.group(1).trim().length()) {
                out.append(title, last, m.start());
                last = m.end();
            }
        }
        return out.append(title.substring(last)).toString().trim();
    }

    private static Effort effort(Matcher m) {
        double perUnit = hoursPer(m.group(4));
        double min = number(m.group(1)) * perUnit;
        Double max = m.group(3) != null ? null : m.group(2) != null ? number(m.group(2)) * perUnit : min;
        return new Effort(round(min), max == null ? null : round(max), m.group().trim());
    }

    private static double hoursPer(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("m")) {
            return 1.0 / 60;
        }
        if (u.startsWith("d")) {
            return 8;
        }
        if (u.startsWith("w") || u.startsWith("s")) {
            return 40;
        }
        return 1;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
