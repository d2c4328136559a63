package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Block;
import dev.punchlist.audit.Outline.Section;
import dev.punchlist.audit.Outline.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        String[] lines = withoutCode(text).split("\n");
        Optional<double[]> overall = firstScore(lines, true);
        return overall.isPresent() ? overall : firstScore(lines, false);
    }

    private static Optional<double[]> firstScore(String[] lines, boolean requireOverall) {
        for (String line : lines) {
            boolean named = requireOverall ? OVERALL.matcher(line).find()
                    : SCORE_WORD.matcher(line).find() && !line.trim().startsWith("|");
            if (!named || Vocabulary.TARGET_WORDS.matcher(line).find()) {
                continue;
            }
            Optional<double[]> value = value(Clean.plain(line));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<double[]> value(String line) {
        Matcher fraction = FRACTION.matcher(line);
        if (fraction.find()) {
            double overall = Double.parseDouble(fraction.group(1));
            double scale = Double.parseDouble(fraction.group(2));
            return overall <= scale ? Optional.of(new double[] {overall, scale}) : Optional.empty();
        }
        Matcher percent = PERCENT.matcher(line);
        if (percent.find() && SCORE_WORD.matcher(line).find()) {
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
            if (SCORE_WORD.matcher(Clean.plain(table.header().get(i))).find()) {
                column = i;
                break;
            }
        }
        if (column <= 0) {
            return;
        }
        for (Outline.Row row : table.rows()) {
            String name = Clean.plain(row.cells().get(0));
            if (row.cells().size() <= column || name.isEmpty() || OVERALL.matcher(name).find()) {
                continue;
            }
            Matcher fraction = FRACTION.matcher(Clean.plain(row.cells().get(column)));
            if (fraction.find()) {
                out.putIfAbsent(name, Double.parseDouble(fraction.group(1)));
            }
        }
    }

    static String verdict(String text) {
        for (String line : withoutCode(text).split("\n")) {
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
        Matcher field = PROJECT_FIELD.matcher(withoutCode(text).lines().limit(40)
                .reduce("", (a, b) -> a + "\n" + b));
        if (field.find()) {
            return Clean.truncate(Clean.plain(field.group(2)), 120);
        }
        return root.children.stream().filter(s -> s.level == 1).findFirst()
                .map(h1 -> projectName(Clean.plain(h1.rawTitle))).orElse(null);
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

    /** The text with fenced code blocks blanked out (line count kept), so code never reads as a score. */
    static String withoutCode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            boolean fence = line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~");
            out.append(fenced || fence ? "" : line).append('\n');
            if (fence) {
                fenced = !fenced;
            }
        }
        return out.toString();
    }
}
