package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups mentions of the same problem. Two mentions join when they share a cross-reference id
 * ("F-01", "Risk 1.1") or when their distinctive words overlap enough (token-set containment and
 * overlap weighted by how rare each word is in this report). Mentions from one list or one table are
 * distinct items by construction and never join. Candidates are found through an inverted index over
 * rare tokens, so merging stays linear in the number of mentions.
 *
 * <p>Findings are formed from the places that state them first; summaries, next steps and the tasks
 * in a schedule line ("Days 1-2: A, B, C") are then attached to the finding they restate.
 */
final class Merger {
    static final double JOIN = 0.5;
    static final double NEAR = 0.45;
    /** A list or table item this close to one finding and three times closer than to any other refers to it. */
    static final double LOOSE = 0.33;
    private static final int MAX_POSTINGS = 40;
    private static final int MAX_COMPARED = 4;
    private static final int MAX_CANDIDATES = 12;

    static final class Cluster {
        final List<Candidate> members = new ArrayList<>();
        final Set<Integer> containers = new HashSet<>();
        final Set<String> ids = new HashSet<>();
        /** The parts of the report whose lists or tables state this finding as an item of their own. */
        final Set<Integer> itemParts = new HashSet<>();
        /** The parts of the report whose numbered finding headings state this finding. */
        final Set<Integer> numberedParts = new HashSet<>();
        /** The wordings of its members: a mention worded like one of them adds nothing to the index. */
        private final Set<Words> wordings = new HashSet<>();

        static Cluster of(Candidate c) {
            Cluster cluster = new Cluster();
            cluster.add(c);
            return cluster;
        }

        void add(Candidate c) {
            members.add(c);
            containers.add(c.container);
            ids.addAll(c.ids);
            if (isItem(c)) {
                itemParts.add(c.part);
            }
            if (c.number >= 0) {
                numberedParts.add(c.part);
            }
        }

        /**
         * A list or table item that may start a finding. Items of one part of a report (one plan, one
         * findings section) are distinct pieces of work: a part does not restate its own items.
         */
        static boolean isItem(Candidate c) {
            return c.kind == Candidate.Kind.CREATE && c.container >= 0 && c.part >= 0;
        }
    }

    /** The content words and the technical names of a mention's prose. */
    private record KeyWords(Set<String> tokens, Set<String> names) {
    }

    /** A mention's wording: its title, the title with a schedule line's tasks, and its text. */
    private record Wording(String title, String titleText, String text) {
    }

    /**
     * Title words, title and prose words, and technical names of one wording. Mentions worded alike share
     * one instance, so its identity also says which mentions are worded exactly alike.
     */
    private static final class Words {
        final Set<String> title;
        final Set<String> key;
        final Set<String> names;

        Words(Set<String> title, Set<String> key, Set<String> names) {
            this.title = title;
            this.key = key;
            this.names = names;
        }
    }

    /** A count kept in place rather than boxed: reports repeat their words and lines thousands of times. */
    private static final class Count {
        int value;
    }

    private static final Memo<KeyWords> KEY_WORDS = Memo.of(text -> {
        String key = keyText(text);
        return new KeyWords(Tokens.of(key), TechTerms.of(key));
    });

    private final List<Cluster> clusters = new ArrayList<>();
    /** Mentions worded exactly alike, by title and text: the same finding, found without comparing words. */
    private final Map<Words, List<Cluster>> verbatim = new HashMap<>();
    private final Map<String, List<Cluster>> index = new HashMap<>();
    /**
     * The words of each wording, read once per merge: reports repeat their lines, and mentions worded
     * alike share the same (never modified) sets.
     */
    private final Map<Wording, Words> wordings = new HashMap<>();
    private final Map<Candidate, Words> words = new HashMap<>();
    private final Map<String, Count> frequency = new HashMap<>();
    private final List<Candidate> unmatched = new ArrayList<>();
    private int documents;

    List<Cluster> merge(List<Candidate> candidates) {
        Map<Words, Count> uses = new HashMap<>();
        for (Candidate c : candidates) {
            uses.computeIfAbsent(read(c), w -> new Count()).value++;
        }
        uses.forEach((wording, count) -> count(wording, count.value)); // once per wording, not per mention
        documents = Math.max(1, candidates.size());
        for (Candidate c : candidates) {
            if (c.kind == Candidate.Kind.CREATE && c.pieces.isEmpty()) {
                Cluster best = best(c, true);
                join(best != null ? best : newCluster(), c);
            }
        }
        for (Candidate c : candidates) {
            if (!c.pieces.isEmpty()) {
                attachPieces(c);
            } else if (c.kind == Candidate.Kind.RESTATE) {
                Cluster best = best(c, false);
                if (best != null) {
                    join(best, c);
                } else {
                    unmatched.add(c);
                }
            }
        }
        return clusters;
    }

    /** Summary lines that restate nothing found elsewhere. */
    List<Candidate> unmatched() {
        return unmatched;
    }

    private void tokenize(Candidate c) {
        count(read(c), 1);
    }

    /** The words of a mention, read once per wording. */
    private Words read(Candidate c) {
        String named = withoutTrailingAside(c.title);
        String titleText = c.pieces.isEmpty() ? named : named + " " + String.join(" ", c.pieces);
        Words read = wordings.computeIfAbsent(new Wording(c.title, titleText, c.text), Merger::read);
        words.put(c, read);
        return read;
    }

    /** Counts the words of a wording used by {@code uses} more mentions. */
    private void count(Words wording, int uses) {
        for (String token : wording.key) {
            frequency.computeIfAbsent(token, t -> new Count()).value += uses;
        }
    }

    private static Words read(Wording wording) {
        Set<String> title = Tokens.of(wording.titleText());
        Set<String> key = new LinkedHashSet<>(title);
        KeyWords prose = KEY_WORDS.get(wording.text());
        key.addAll(prose.tokens());
        Set<String> titleNames = TechTerms.of(wording.title());
        Set<String> terms = prose.names();
        if (!prose.names().containsAll(titleNames)) {
            terms = new LinkedHashSet<>(titleNames);
            terms.addAll(prose.names());
        }
        return new Words(title, key, terms);
    }

    /**
     * "Missing pagination on several endpoints (can return unlimited rows)": a closing aside of a few
     * words says why or where, not what; its words count as the mention's prose, not its title. A short
     * aside or one naming a technical thing ("(CSP)", "(aicmo_operator.py)") is part of the name.
     */
    static String withoutTrailingAside(String title) {
        int open = title.lastIndexOf('(');
        if (open <= 0 || !title.endsWith(")") || title.indexOf(')') < open) {
            return title;
        }
        String aside = title.substring(open + 1, title.length() - 1).strip();
        boolean detail = aside.split("\\s+").length >= 3 && TechTerms.of(aside).isEmpty();
        return detail ? title.substring(0, open).strip() : title;
    }

    /** The words that describe the problem: title plus the first 400 characters of prose, without code blocks. */
    static String keyText(String text) {
        StringBuilder prose = new StringBuilder(400);
        int at = 0;
        while (at < text.length() && prose.length() < 400) {
            int fence = text.indexOf("```", at);
            int end = fence < 0 ? text.length() : fence;
            prose.append(text, at, Math.min(end, at + 400 - prose.length()));
            if (fence < 0) {
                break;
            }
            prose.append(' ');
            int close = text.indexOf("```", fence + 3);
            at = close < 0 ? text.length() : close + 3;
        }
        return prose.toString();
    }

    /**
     * Each task of a schedule line joins its finding. When none matches, the tasks stay together as one
     * item; when some do, the line is a schedule of known work and the rest are left out.
     */
    private void attachPieces(Candidate line) {
        List<String> rest = new ArrayList<>();
        for (String piece : line.pieces) {
            Candidate part = new Candidate(line.line, line.endLine, line.headingPath, Titles.clean(piece),
                    piece, Candidate.Kind.RESTATE, line.container);
            part.placements.addAll(line.placements);
            part.severities.addAll(line.severities);
            part.category = line.category;
            tokenize(part);
            Cluster best = best(part, false);
            if (best != null) {
                join(best, part);
            } else {
                rest.add(piece);
            }
        }
        if (rest.isEmpty()) {
            return;
        }
        boolean schedule = rest.size() < line.pieces.size() || line.kind != Candidate.Kind.CREATE;
        Candidate remainder = new Candidate(line.line, line.endLine, line.headingPath,
                Titles.clean(String.join(", ", rest)), line.text,
                schedule ? Candidate.Kind.RESTATE : Candidate.Kind.CREATE, line.container);
        if (schedule) {
            unmatched.add(remainder);
            return;
        }
        remainder.placements.addAll(line.placements);
        remainder.severities.addAll(line.severities);
        remainder.efforts.addAll(line.efforts);
        remainder.category = line.category;
        tokenize(remainder);
        join(newCluster(), remainder);
    }

    private Cluster newCluster() {
        Cluster cluster = new Cluster();
        clusters.add(cluster);
        return cluster;
    }

    private static final boolean DEBUG = Boolean.getBoolean("punchlist.debugMerge");

    private void join(Cluster cluster, Candidate c) {
        if (DEBUG && !cluster.members.isEmpty()) {
            System.err.printf("%.2f  %s  <=  %s%n", similarity(c, cluster), cluster.members.get(0).title, c.title);
        }
        cluster.add(c);
        if (cluster.wordings.add(words.get(c))) {
            index(cluster, words.get(c));
        }
        for (String id : c.ids) {
            List<Cluster> postings = index.computeIfAbsent("#id:" + id, t -> new ArrayList<>());
            if (postings.size() < MAX_POSTINGS && !postings.contains(cluster)) {
                postings.add(cluster);
            }
        }
    }

    private void index(Cluster cluster, Words wording) {
        List<Cluster> same = verbatim.computeIfAbsent(wording, k -> new ArrayList<>());
        if (same.size() < MAX_POSTINGS && !same.contains(cluster)) {
            same.add(cluster);
        }
        for (String token : wording.key) {
            List<Cluster> postings = index.computeIfAbsent(token, t -> new ArrayList<>());
            if (postings.size() < MAX_POSTINGS && !postings.contains(cluster)) {
                postings.add(cluster);
            }
        }
    }

    private Cluster best(Candidate c, boolean creating) {
        for (String id : c.ids) {
            for (Cluster cluster : index.getOrDefault("#id:" + id, List.of())) {
                if (!cluster.containers.contains(c.container)) {
                    return cluster;
                }
            }
        }
        for (Cluster cluster : verbatim.getOrDefault(words.get(c), List.of())) {
            if (allowed(cluster, c)) {
                return cluster;
            }
        }
        Cluster best = null;
        Cluster runnerUp = null;
        double bestScore = 0;
        double second = 0;
        List<Cluster> candidates = candidatesFor(c);
        for (Cluster cluster : candidates) {
            if (!allowed(cluster, c)) {
                continue;
            }
            double score = similarity(c, cluster);
            if (score > bestScore) {
                second = bestScore;
                runnerUp = best;
                best = cluster;
                bestScore = score;
            } else if (score > second) {
                second = score;
                runnerUp = cluster;
            }
        }
        // Nearly similar enough joins too when no other finding comes close: the one it clearly refers to.
        boolean clear = bestScore >= JOIN || bestScore >= NEAR && (second <= bestScore / 2 || rowsOfOneTable(best, runnerUp))
                || c.container >= 0 && bestScore >= LOOSE && sharedTitleWords(c, best) >= 2
                    && !addsTests(c, best) && !addsDistinctive(c, best) && closestRival(c, best, candidates) <= bestScore / 3;
        if (DEBUG && !clear && best != null) {
            System.err.printf("MISS %.2f/%.2f  %s  <?  %s  %s%n", bestScore, second, best.members.get(0).title, c.title, key(c));
        }
        return clear ? best : null;
    }

    /**
     * The best score of another finding the item could mean: one that shares two of its title words, as a
     * loose match must. A finding sharing one common word ("validation") is no rival for "input validation".
     */
    private double closestRival(Candidate c, Cluster best, List<Cluster> candidates) {
        double rival = 0;
        for (Cluster cluster : candidates) {
            if (cluster != best && allowed(cluster, c) && sharedTitleWords(c, cluster) >= 2) {
                rival = Math.max(rival, similarity(c, cluster));
            }
        }
        return rival;
    }

    /**
     * "Verify the env vars" next to a table with one row per hard-coded variable: as close to each row as to
     * the next, it restates the problem those rows share, and goes with the first of them.
     */
    private static boolean rowsOfOneTable(Cluster best, Cluster runnerUp) {
        return runnerUp != null && best.members.size() == 1 && runnerUp.members.size() == 1
                && best.members.get(0).container >= 0 && best.members.get(0).container == runnerUp.members.get(0).container;
    }

    /**
     * A restatement may leave words out but names nothing rare that the finding does not mention anywhere,
     * its code and examples included ("error boundaries in React components" for a finding whose example
     * wraps the editor in a React error boundary).
     */
    private boolean addsDistinctive(Candidate c, Cluster cluster) {
        Set<String> known = new HashSet<>();
        cluster.members.subList(0, Math.min(MAX_COMPARED, cluster.members.size())).forEach(m -> known.addAll(key(m)));
        for (String t : title(c)) {
            if (!known.contains(t) && isDistinctive(t) && !mentionedAnywhere(t, cluster)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionedAnywhere(String token, Cluster cluster) {
        return cluster.members.subList(0, Math.min(MAX_COMPARED, cluster.members.size())).stream()
                .anyMatch(m -> Tokens.of(m.text).contains(token));
    }

    /** "Add tests for X" is work of its own next to the finding about X, unless that finding is about tests. */
    private boolean addsTests(Candidate c, Cluster cluster) {
        return title(c).contains("test") && !title(cluster.members.get(0)).contains("test");
    }

    private int sharedTitleWords(Candidate c, Cluster cluster) {
        int most = 0;
        for (Candidate m : cluster.members.subList(0, Math.min(MAX_COMPARED, cluster.members.size()))) {
            int shared = 0;
            for (String t : title(c)) {
                shared += title(m).contains(t) ? 1 : 0;
            }
            most = Math.max(most, shared);
        }
        return most;
    }

    private boolean allowed(Cluster cluster, Candidate c) {
        return !cluster.containers.contains(c.container) && !conflictingIds(cluster, c)
                && !(Cluster.isItem(c) && cluster.itemParts.contains(c.part) && !titlesNameTheSameThing(c, cluster))
                && !(c.number >= 0 && cluster.numberedParts.contains(c.part));
    }

    /**
     * A plan may list the work of one finding twice ("Add missing feature flags", later "Add the
     * social_auth flag"): an item whose title names the rare identifier that the finding's own title
     * names is that finding again, even next to another item of the same plan.
     */
    private boolean titlesNameTheSameThing(Candidate c, Cluster cluster) {
        Candidate lead = cluster.members.get(0);
        for (String term : TechTerms.of(c.title)) {
            if (names(title(lead), term) && isRareName(term)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> title(Candidate c) {
        return words.get(c).title;
    }

    private Set<String> key(Candidate c) {
        return words.get(c).key;
    }

    private Set<String> terms(Candidate c) {
        return words.get(c).names;
    }

    private static boolean conflictingIds(Cluster cluster, Candidate c) {
        return !c.ids.isEmpty() && !cluster.ids.isEmpty() && c.ids.stream().noneMatch(cluster.ids::contains);
    }

    /** The clusters sharing the most title words with the candidate, at most {@link #MAX_CANDIDATES}. */
    private List<Cluster> candidatesFor(Candidate c) {
        Map<Cluster, Integer> shared = new LinkedHashMap<>();
        for (String token : key(c)) {
            List<Cluster> postings = index.get(token);
            if (postings != null && postings.size() < MAX_POSTINGS) {
                int bonus = title(c).contains(token) ? 3 : 1;
                postings.forEach(cluster -> shared.merge(cluster, bonus, Integer::sum));
            }
        }
        if (shared.size() <= MAX_CANDIDATES) {
            return new ArrayList<>(shared.keySet());
        }
        List<Map.Entry<Cluster, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue())); // stable: ties keep report order
        return ranked.subList(0, MAX_CANDIDATES).stream().map(Map.Entry::getKey).toList();
    }

    /** Compared with the first few mentions only: they state the finding; later ones repeat it. */
    private double similarity(Candidate c, Cluster cluster) {
        double best = 0;
        List<Candidate> first = cluster.members.subList(0, Math.min(MAX_COMPARED, cluster.members.size()));
        for (Candidate m : first) {
            best = Math.max(best, similarity(c, m));
        }
        if (first.size() > 1) {
            Set<String> titles = new HashSet<>();
            first.forEach(m -> titles.addAll(title(m)));
            best = Math.max(best, OVERLAP * restates(title(c), titles)); // words from any of its titles
        }
        return best;
    }


    /**
     * Title overlap (weighted Jaccard) for two bare items; when a mention has prose of its own, also how
     * much of the other's title its prose covers and how alike the two descriptions are.
     */
    double similarity(Candidate a, Candidate b) {
        Set<String> titleA = title(a);
        Set<String> titleB = title(b);
        double best = Math.max(jaccard(titleA, titleB), OVERLAP * overlap(titleA, titleB));
        boolean proseA = key(a).size() > titleA.size() + 2;
        boolean proseB = key(b).size() > titleB.size() + 2;
        if (proseB) {
            best = Math.max(best, 0.8 * containment(titleA, key(b)));
        }
        if (proseA) {
            best = Math.max(best, 0.8 * containment(titleB, key(a)));
        }
        if (proseA && proseB) {
            best = Math.max(best, 0.85 * dice(key(a), key(b)));
        }
        if (sharesName(a, b)) {
            best = Math.max(best, NAMED);
        }
        if (a.kind == Candidate.Kind.RESTATE && !titleA.isEmpty() && titleA.size() <= 2 && titleB.containsAll(titleA)
                && (titleA.size() == 2 || frequency(titleA.iterator().next(), 0) <= documents / 8)) {
            best = Math.max(best, 0.9); // "CSRF" from "Days 1-2: MD5, CSRF" names the whole of a finding's word
        }
        return best;
    }

    private static final double OVERLAP = 0.85;
    private static final double NAMED = 0.55;

    /**
     * Both mentions name the same rare technical thing (a config key, an identifier, a file), in both
     * titles or with titles that share a word: a problem and its fix, worded differently.
     */
    private boolean sharesName(Candidate a, Candidate b) {
        for (Set<String> terms : List.of(terms(a), terms(b))) {
            for (String term : terms) {
                if (names(key(a), term) && names(key(b), term) && isRareName(term)
                        && (names(title(a), term) && names(title(b), term)
                            || !Collections.disjoint(title(a), title(b)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tokens name the term: as a whole, or every part of an identifier ("SECRET_KEY" in "secret key"). */
    private static boolean names(Set<String> tokens, String term) {
        if (tokens.contains(term)) {
            return true;
        }
        List<String> parts = nameParts(term);
        return parts.size() > 1 && tokens.containsAll(parts);
    }

    private static List<String> nameParts(String term) {
        List<String> parts = new ArrayList<>();
        for (String part : term.split("[._]")) {
            if (part.length() > 1) {
                parts.add(Tokens.stem(part));
            }
        }
        return parts;
    }

    private boolean isRareName(String term) {
        int rarest = frequency(term, Integer.MAX_VALUE);
        for (String part : nameParts(term)) {
            rarest = Math.min(rarest, frequency(part, Integer.MAX_VALUE));
        }
        return rarest <= Math.max(3, documents / 30);
    }


    /**
     * Weighted share of the smaller title found in the larger one: two shared words, one of them rare. A
     * restatement may leave words out but adds no rare word of its own ("rate limiting on login" is not
     * "rate limiting on webhooks and login" restated).
     */
    private double overlap(Set<String> a, Set<String> b) {
        return a.size() <= b.size() ? restates(a, b) : restates(b, a);
    }

    private double restates(Set<String> small, Set<String> large) {
        for (String t : small) {
            if (!large.contains(t) && isDistinctive(t)) {
                return 0;
            }
        }
        return containment(small, large, 2);
    }

    private double jaccard(Set<String> a, Set<String> b) {
        double shared = 0;
        double union = 0;
        for (String t : a) {
            union += weight(t);
            shared += b.contains(t) ? weight(t) : 0;
        }
        for (String t : b) {
            union += a.contains(t) ? 0 : weight(t);
        }
        return union == 0 ? 0 : shared / union;
    }

    /** Weighted share of {@code part} found in {@code whole}; needs two shared words unless the one is rare. */
    private double containment(Set<String> part, Set<String> whole) {
        return containment(part, whole, 1);
    }

    private double containment(Set<String> part, Set<String> whole, int least) {
        double shared = 0;
        double total = 0;
        int count = 0;
        boolean distinctive = false;
        for (String t : part) {
            total += weight(t);
            if (whole.contains(t)) {
                shared += weight(t);
                count++;
                distinctive |= isDistinctive(t);
            }
        }
        boolean enough = count >= 3
                || (count == 2 ? distinctive : least <= 1 && count == 1 && part.size() == 1 && distinctive);
        return total == 0 || !enough ? 0 : shared / total;
    }

    /** A word few mentions use, or a file or identifier: sharing it means something. */
    private boolean isDistinctive(String token) {
        return token.indexOf('.') > 0 || token.indexOf('_') > 0 || token.indexOf('/') > 0
                || frequency(token, 0) <= Math.max(3, documents / 30);
    }

    private int frequency(String token, int absent) {
        Count count = frequency.get(token);
        return count == null ? absent : count.value;
    }

    private double dice(Set<String> a, Set<String> b) {
        double shared = 0;
        double total = 0;
        for (String t : a) {
            total += weight(t);
            if (b.contains(t)) {
                shared += 2 * weight(t);
            }
        }
        for (String t : b) {
            total += weight(t);
        }
        return total == 0 ? 0 : shared / total;
    }

    private final Map<String, Double> weights = new HashMap<>();

    private double weight(String token) {
        Double known = weights.get(token);
        if (known == null) {
            known = Math.log(1.0 + (double) documents / frequency(token, 1));
            weights.put(token, known);
        }
        return known;
    }
}
