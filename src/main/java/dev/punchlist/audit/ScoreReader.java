package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Block;
import dev.punchlist.audit.Outline.Section;
import dev.punchlist.audit.Outline.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's title, its current overall score and category scores, and its verdict line. A score
 * that is a target ("after fixes", "estimated", "Post-Hardening") is not the current score.
 */
final class ScoreReader {
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*/\\s*(100|10|5|4|20)"
            + "(?![\\d.])");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%");
    private static final Pattern OVERALL = Pattern.compile("\\b(overall|total score|global|general)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCORE_WORD = Pattern.compile("\\b(score|rating|grade|puntuaci[oó]n|calificaci[oó]n)"
            + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Memo<Boolean> SCORE_HEADER = Memo.of(cell -> SCORE_WORD.matcher(Clean.plain(cell)).find());
    private static final Pattern VERDICT = Pattern.compile("(?i)\\b(not production[- ]ready|not ready( for production)?"
            + "|do not deploy|don'?t deploy|no[- ]go|conditional(ly)? approv\\w*|conditionally ready|staging[- ]ready"
            + "|ready with|ready for|production[- ]ready|approved for|veredicto|verdict)\\b");
    private static final Pattern PROJECT_FIELD = Pattern.compile("(?im)^\\W*(project|proyecto|application|app"
            + "|system|product)\\W*\\s*:\\s*(.+)$");
    private static final Pattern GENERIC_TITLE = Pattern.compile("(?i)\\b(production|readiness|audit|review|report"
            + "|code|security|checklist|analysis|summary|assessment|codebase|implementation|platform audit"
            + "|informe|auditor[ií]a|revisi[oó]n|de|the|and|&|for|of|risk|register|roadmap|hardening|phase|\\d+)\\b");

    private ScoreReader() {
    }

    static ReportScore score(String text, Section root) {
        Map<String, Double> categories = new LinkedHashMap<>();
        collectCategories(root, categories);
        return overall(text).map(s -> new ReportScore(s[0], s[1], categories))
                .orElse(new ReportScore(null, null, categories));
    }

    private static Optional<double[]> overall(String text) {
        Optional<double[]> anyScore = Optional.empty();
        for (String line : proseLines(text)) {
            if (line.indexOf('/') < 0 && line.indexOf('%') < 0 || Vocabulary.TARGET_WORDS.matcher(line).find()) {
                continue;
            }
            if (saysOverall(line)) {
                Optional<double[]> value = value(Clean.plain(line), true);
                if (value.isPresent()) {
                    return value;
                }
            }
            if (anyScore.isEmpty() && namesScore(line) && !line.trim().startsWith("|")) {
                anyScore = value(Clean.plain(line), false);
            }
        }
        return anyScore;
    }

    /** "Overall", "Gesamtbewertung", "ОБЩАЯ ОЦЕНКА": the words of any language file that mark the whole score. */
    private static boolean saysOverall(String line) {
        return OVERALL.matcher(line).find() || Lexicon.ALL.mentions(Lexicon.Concept.OVERALL, line);
    }

    /** "-20% overall" is a change, not a score. */
    private static boolean isChange(String line, int at) {
        return at > 0 && (line.charAt(at - 1) == '-' || line.charAt(at - 1) == '+');
    }

    private static boolean namesScore(String line) {
        return SCORE_WORD.matcher(line).find() || Lexicon.ALL.mentions(Lexicon.Concept.SCORE_WORD, line);
    }

    /** A percentage is a score on a line that names a score or says it is the overall one ("Overall Readiness: 54%"). */
    private static Optional<double[]> value(String line, boolean saysOverall) {
        Matcher fraction = FRACTION.matcher(line);
        if (fraction.find()) {
            double overall = Double.parseDouble(fraction.group(1));
            double scale = Double.parseDouble(fraction.group(2));
            return overall <= scale ? Optional.of(new double[] {overall, scale}) : Optional.empty();
        }
        Matcher percent = PERCENT.matcher(line);
        if (percent.find() && (namesScore(line) || saysOverall && saysOverall(line.substring(0, percent.start()))
                && !isChange(line, percent.start()))) {
            return Optional.of(new double[] {Double.parseDouble(percent.group(1)), 100});
        }
        return Optional.empty();
    }

    private static void collectCategories(Section section, Map<String, Double> out) {
        for (Block block : section.blocks) {
            if (block instanceof Table table) {
                categories(table, out);
            }
        }
        section.children.forEach(child -> collectCategories(child, out));
    }

    private static void categories(Table table, Map<String, Double> out) {
        int column = -1;
        for (int i = 0; i < table.header().size(); i++) {
            if (SCORE_HEADER.get(table.header().get(i))) {
                column = i;
                break;
            }
        }
        if (column <= 0) {
            return;
        }
        for (Outline.Row row : table.rows()) {
            String name = Clean.plain(row.cells().get(0));
            if (row.cells().size() <= column || name.isEmpty() || out.containsKey(name) // the first score stands
                    || OVERALL.matcher(name).find()) {
                continue;
            }
            Matcher fraction = FRACTION.matcher(Clean.plain(row.cells().get(column)));
            if (fraction.find()) {
                out.putIfAbsent(name, Double.parseDouble(fraction.group(1)));
            }
        }
    }

    static String verdict(String text) {
        for (String line : proseLines(text)) {
            if (line.length() > 400 || !VERDICT.matcher(line).find()) {
                continue;
            }
            String plain = Clean.plain(line);
            if (!plain.startsWith("|") && VERDICT.matcher(plain).find()
                    && !Vocabulary.TARGET_WORDS.matcher(plain).find() && plain.length() <= 200) {
                return plain.replaceFirst("(?i)^(status|estado|verdict|veredicto)\\s*:\\s*", "");
            }
        }
        return null;
    }

    static String title(String text, Section root) {
        StringBuilder head = new StringBuilder();
        int count = 0;
        for (String line : proseLines(text)) {
            if (count++ == 40) {
                break;
            }
            head.append('\n').append(line);
        }
        Matcher field = PROJECT_FIELD.matcher(head);
        if (field.find()) {
            return Clean.truncate(Clean.plain(field.group(2)), 120);
        }
        return root.children.stream().filter(s -> s.level == 1).findFirst()
                .map(h1 -> projectName(h1.title)).orElse(null);
    }

    /** "Cloudbox Production Readiness Audit" → "Cloudbox"; a title of generic words only → null. */
    private static String projectName(String h1) {
        String head = h1.split("\\s+[-–—:|]\\s+|:\\s+")[0].trim();
        String rest = GENERIC_TITLE.matcher(head).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}.\\s-]", " ").trim();
        if (rest.isEmpty()) {
            return null;
        }
        String cut = head.replaceAll("(?i)\\s+(production readiness|code review|security|readiness|audit|review"
                + "|report|checklist|assessment).*$", "").trim();
        return cut.isEmpty() ? head : cut;
    }

    /** The lines of the text outside fenced code blocks, read one by one, so code never reads as a score. */
    static Iterable<String> proseLines(String text) {
        return () -> new java.util.Iterator<>() {
            private int at;
            private boolean fenced;
            private String next = advance();

            private String advance() {
                while (at <= text.length()) {
                    int end = text.indexOf('\n', at);
                    end = end < 0 ? text.length() : end;
                    String line = text.substring(at, end);
                    at = end + 1;
                    String lead = line.stripLeading();
                    boolean fence = lead.startsWith("```") || lead.startsWith("~~~");
                    boolean code = fenced || fence;
                    fenced ^= fence;
                    if (!code) {
                        return line;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                String line = next;
                next = advance();
                return line;
            }
        };
    }
}
