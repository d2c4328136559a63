package dev.punchlist.audit;

import dev.punchlist.audit.Lexicon.Concept;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a candidate mention into the named signals the work model weighs: its structure, the words of
 * its section path, its markers, the language of its text, the finding fields it carries, what the
 * layout rules say of it, its votes, its length, its position and what its siblings are. Every
 * signal is general (no phrase picked for a report); the weights come from the labelled corpus.
 */
final class Features {
    private static final Lexicon WORDS = Lexicon.ALL;
    private static final Concept[] SECTION_CONCEPTS = {Concept.ISSUES_SECTION, Concept.STRENGTH_SECTION,
        Concept.SUMMARY_SECTION, Concept.PLAN_SECTION, Concept.REFERENCE_SECTION};
    private static final Concept[] LINE_CONCEPTS = {Concept.DEFICIENCY, Concept.PRAISE, Concept.DONE,
        Concept.PENDING};
    private static final Concept[] FIELD_CONCEPTS = {Concept.FIELD_IMPACT, Concept.FIELD_FIX,
        Concept.FIELD_SEVERITY, Concept.FIELD_EFFORT, Concept.FIELD_LOCATION};

    private final Map<String, Double> out = new LinkedHashMap<>();

    private Features() {
    }

    /** The signals of every candidate of one report, in candidate order. */
    static List<Map<String, Double>> of(List<Candidate> candidates, int totalLines) {
        Map<Integer, int[]> siblings = siblingCounts(candidates);
        boolean ratesSeverity = ratesSeverity(candidates);
        Map<String, Integer> labels = labelCounts(candidates);
        List<Map<String, Double>> all = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int[] own = {1, c.ruleNotWork != null ? 1 : 0}; // bold-led paragraphs share no container
            Map<String, Double> f = of(c, c.container == -1 ? own : siblings.get(c.container), totalLines,
                    ratesSeverity);
            String label = leadingLabel(c.title);
            if (label != null) {
                f.put(labels.get(label) >= 3 ? "t:label-repeats" : "t:label", 1.0);
            }
            all.add(f);
        }
        return all;
    }

    /** Whether the report gives severities at all: if it never does, saying none tells nothing. */
    private static boolean ratesSeverity(List<Candidate> candidates) {
        long rated = candidates.stream().filter(c -> !c.severities.isEmpty()).count();
        return rated * 5 >= candidates.size();
    }

    private static Map<String, Double> of(Candidate c, int[] siblings, int totalLines, boolean ratesSeverity) {
        Features f = new Features();
        f.structure(c);
        f.rule(c);
        f.section(c);
        f.lead(c);
        f.markers(c);
        f.language(c);
        f.fields(c);
        f.votes(c, ratesSeverity);
        f.length(c);
        f.position(c, totalLines);
        f.siblings(c, siblings);
        f.words(c);
        f.crosses(c);
        f.put("bias");
        return f.out;
    }

    private void put(String name) {
        out.put(name, 1.0);
    }

    private void structure(Candidate c) {
        put("block=" + c.block);
        put("kind=" + c.statedKind.name().toLowerCase(Locale.ROOT));
        put("kind=" + c.statedKind.name().toLowerCase(Locale.ROOT) + "&block=" + c.block);
        put("depth=" + Math.min(c.headingPath.size(), 5));
        if (c.number >= 0) {
            put("numbered");
        }
        if (c.ranked) {
            put("ranked");
        }
        if (!c.pieces.isEmpty()) {
            put("schedule");
        }
    }

    /** What the layout rules say (a ticked task, a strengths section, a done status), as one signal of many. */
    private void rule(Candidate c) {
        String rule = ruleClass(c.ruleNotWork);
        out.put("rule=" + rule, RULE_STRENGTH);
        put("rule=" + rule + "&block=" + c.block);
    }

    /**
     * The layout rules' verdict enters at this value instead of 1: the regulariser then costs its weight
     * a ninth as much, so the rules stay a strong prior that only several signals together overrule.
     */
    private static final double RULE_STRENGTH = 3.0;

    static String ruleClass(String reason) {
        if (reason == null) {
            return "none";
        }
        if (reason.startsWith("done (")) {
            return "ticked";
        }
        if (reason.startsWith("marked as passing")) {
            return "passing";
        }
        if (reason.startsWith("already done")) {
            return "already-done";
        }
        if (reason.startsWith("not work: ")) {
            return "section";
        }
        if (reason.startsWith("status says done")) {
            return "status-done";
        }
        if (reason.startsWith("status says nothing")) {
            return "status-fine";
        }
        if (reason.startsWith("prose")) {
            return "prose";
        }
        return "label";
    }

    private void section(Candidate c) {
        List<String> path = c.headingPath;
        if (path.isEmpty()) {
            put("path:none");
            return;
        }
        String nearest = path.get(path.size() - 1);
        for (Concept concept : SECTION_CONCEPTS) {
            String key = concept.key().replace("_section", "");
            if (WORDS.mentions(concept, nearest)) {
                put("head:" + key);
            }
            for (int i = 0; i < path.size() - 1; i++) {
                if (WORDS.mentions(concept, path.get(i))) {
                    put("path:" + key);
                    break;
                }
            }
        }
        findingLikeHeading(nearest);
        SectionWords words = SectionWords.of(nearest);
        if (words.restating()) {
            put("sw:restating");
        }
        if (words.extras()) {
            put("sw:extras");
        }
    }

    /** What the label right before its list says the list is ("**Vorhanden:**", "**Missing:**"). */
    private void lead(Candidate c) {
        if (c.lead == null) {
            return;
        }
        put("lead");
        for (Concept concept : SECTION_CONCEPTS) {
            if (WORDS.mentions(concept, c.lead)) {
                put("lead:" + concept.key().replace("_section", ""));
            }
        }
        for (Concept concept : LINE_CONCEPTS) {
            if (WORDS.mentions(concept, c.lead)) {
                put("lead:" + concept.key());
            }
        }
    }

    /** A list under a finding-like heading is its detail; a heading under one is not: so signals pair with the block. */
    private void crosses(Candidate c) {
        for (String context : CROSSED) {
            if (out.containsKey(context)) {
                put(context + "&block=" + c.block);
            }
        }
    }

    private static final List<String> CROSSED = List.of("head:id", "head:severity", "head:numbered",
            "head:deficiency", "head:issues", "head:strength", "head:summary", "head:plan", "head:reference",
            "path:strength", "path:summary", "path:reference", "t:imperative", "t:deficiency", "sev=none");

    /** A heading that reads as a finding itself (an id, a severity, a problem or a fix): lines under it are its detail. */
    private void findingLikeHeading(String heading) {
        if (!Titles.ids(heading).isEmpty()) {
            put("head:id");
        }
        if (SeverityWords.statedIn(heading).isPresent()) {
            put("head:severity");
        }
        if (WORDS.mentions(Concept.DEFICIENCY, heading)) {
            put("head:deficiency");
        }
        if (WORDS.startsWith(Concept.IMPERATIVE, heading)) {
            put("head:imperative");
        }
        if (NUMBERED_HEADING.matcher(heading).lookingAt()) {
            put("head:numbered");
        }
    }

    private void markers(Candidate c) {
        String first = Clean.firstLine(c.text);
        marker(first, "t", c);
        String rest = c.text.length() > first.length() ? c.text.substring(first.length()) : "";
        if (rest.contains("✅") || rest.contains("✔") || rest.contains("[x]")) {
            put("x:check");
        }
        if (rest.contains("❌") || rest.contains("🔴") || rest.contains("⚠")) {
            put("x:alarm");
        }
        if (rest.contains("🟢")) {
            put("x:green");
        }
        if (LINK_ONLY.matcher(first).matches()) {
            put("t:link");
        }
    }

    private void marker(String line, String where, Candidate c) {
        if (line.contains("🔴")) {
            put(where + ":red");
        }
        if (line.contains("🟠")) {
            put(where + ":orange");
        }
        if (line.contains("🟡")) {
            put(where + ":yellow");
        }
        if (line.contains("🟢")) {
            put(where + ":green");
        }
        if (line.contains("❌") || line.contains("✗") || line.contains("✘")) {
            put(where + ":cross");
        }
        if (line.contains("⚠")) {
            put(where + ":warning");
        }
        if (line.contains("✅") || line.contains("✔") || line.contains("☑")) {
            put(where + ":check");
        }
        if (line.contains("[ ]")) {
            put(where + ":open-task");
        }
        if (line.contains("[x]") || line.contains("[X]")) {
            put(where + ":done-task");
        }
        if (PASS_WORD.matcher(line).find()) {
            put(where + ":pass-word");
        }
        if (FAIL_WORD.matcher(line).find()) {
            put(where + ":fail-word");
        }
    }

    private void language(Candidate c) {
        String title = c.title;
        for (Concept concept : LINE_CONCEPTS) {
            if (WORDS.mentions(concept, title)) {
                put("t:" + concept.key());
            }
        }
        if (WORDS.startsWith(Concept.IMPERATIVE, title)) {
            put("t:imperative");
        }
        String body = c.text.length() > 1500 ? c.text.substring(0, 1500) : c.text;
        for (Concept concept : LINE_CONCEPTS) {
            int n = WORDS.count(concept, body);
            if (n > 0) {
                put("x:" + concept.key() + "=" + (n == 1 ? "1" : n <= 3 ? "2-3" : "4+"));
            }
        }
    }

    private void fields(Candidate c) {
        int fields = 0;
        int lines = 0;
        for (String line : c.text.split("\n", 40)) {
            if (++lines > 40) {
                break;
            }
            String plain = Clean.plain(line);
            int colon = plain.indexOf(':');
            if (colon < 0 || colon > 40) {
                continue;
            }
            String label = Votes.withoutBullet(plain.substring(0, colon));
            for (Concept concept : FIELD_CONCEPTS) {
                if (WORDS.startsWith(concept, label) && out.put("f:" + concept.key(), 1.0) == null) {
                    fields++;
                }
            }
        }
        put("fields=" + Math.min(fields, 3));
    }

    private void votes(Candidate c, boolean ratesSeverity) {
        int top = Integer.MIN_VALUE;
        Severity severity = null;
        for (Candidate.SeverityVote v : c.severities) {
            if (v.level() > top || v.level() == top && v.severity().ordinal() < severity.ordinal()) {
                top = v.level();
                severity = v.severity();
            }
        }
        put(severity != null ? "sev=" + severity.label() + "@" + level(top)
                : ratesSeverity ? "sev=none" : "sev=none-in-report");
        if (!c.efforts.isEmpty()) {
            put("effort");
        }
        if (!c.placements.isEmpty()) {
            put("placed");
        }
        if (!c.ids.isEmpty()) {
            put("id");
        }
        if (c.category != null) {
            put("category");
        }
    }

    private static String level(int level) {
        return switch (level) {
            case Candidate.OWN -> "own";
            case Candidate.SECTION -> "section";
            case Candidate.MARKER -> "marker";
            case Candidate.WARNING -> "warning";
            default -> "default";
        };
    }

    private void length(Candidate c) {
        int words = c.title.isBlank() ? 0 : c.title.trim().split("\\s+").length;
        put("title-words=" + (words <= 1 ? "1" : words <= 3 ? "2-3" : words <= 8 ? "4-8" : words <= 15 ? "9-15"
                : "16+"));
        int chars = c.text.length();
        put("text-chars=" + (chars < 80 ? "<80" : chars < 200 ? "<200" : chars < 600 ? "<600" : chars < 2000
                ? "<2000" : "2000+"));
    }

    private void position(Candidate c, int totalLines) {
        int fifth = totalLines <= 0 ? 0 : Math.min(4, 5 * (c.line - 1) / Math.max(1, totalLines));
        put("position=" + fifth);
    }

    /** Items of one list or table are alike: how many there are and how many the rules set aside. */
    private void siblings(Candidate c, int[] counts) {
        int size = counts[0];
        put("siblings=" + (size == 1 ? "1" : size <= 3 ? "2-3" : size <= 10 ? "4-10" : "11+"));
        if (size > 1) {
            int others = size - 1;
            int dropped = counts[1] - (c.ruleNotWork != null ? 1 : 0);
            double share = (double) dropped / others;
            put("siblings-set-aside=" + (share == 0 ? "none" : share < 0.5 ? "some" : share < 1 ? "most" : "all"));
        }
    }

    /**
     * The words themselves: of the nearest headings and the first word of the title. The trainer keeps
     * only words that several reports share, so they stand for layouts and habits, not for one report.
     */
    private void words(Candidate c) {
        List<String> path = c.headingPath;
        for (int i = Math.max(0, path.size() - 2); i < path.size(); i++) {
            for (String w : WORD.split(path.get(i).toLowerCase(Locale.ROOT))) {
                if (w.length() >= 3 && !w.chars().allMatch(Character::isDigit)) {
                    put("hw=" + w);
                }
            }
        }
        String[] title = WORD.split(c.title.toLowerCase(Locale.ROOT).strip());
        for (String w : title) {
            if (!w.isEmpty()) {
                put("tw0=" + w);
                break;
            }
        }
    }

    private static final Pattern NUMBERED_HEADING =
            Pattern.compile("\\W*\\d+(\\.\\d+)*[.):]?\\s");
    private static final Pattern PASS_WORD =
            Pattern.compile("\\b(PASS|PASSED|FIXED|DONE|OK|RESOLVED)\\b");
    private static final Pattern FAIL_WORD =
            Pattern.compile("\\b(FAIL|FAILED|MISSING|TODO|BLOCKER|BROKEN)\\b");
    /** A line that is only a link to a place in the report: a table of contents. */
    private static final Pattern LINK_ONLY =
            Pattern.compile("\\s*(?:[-*+]|\\d+[.)])?\\s*\\[[^\\]]+\\]\\(#[^)]*\\)\\s*");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * "Definición: …", "Ejemplo: …": a short label before a colon. The same label in three places of one
     * report is a template's field, not a finding of its own.
     */
    private static Map<String, Integer> labelCounts(List<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : candidates) {
            String label = leadingLabel(c.title);
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String leadingLabel(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 30 || colon == title.length() - 1) {
            return null;
        }
        String label = title.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return label.isEmpty() || label.split("\\s+").length > 3 ? null : label;
    }

    private static Map<Integer, int[]> siblingCounts(List<Candidate> candidates) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Candidate c : candidates) {
            int[] n = counts.computeIfAbsent(c.container, k -> new int[2]);
            n[0]++;
            n[1] += c.ruleNotWork != null ? 1 : 0;
        }
        return counts;
    }

}
