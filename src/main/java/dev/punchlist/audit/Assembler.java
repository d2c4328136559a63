package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a group of mentions into one {@link Finding}: the most specific severity (ties between equally
 * specific statements are settled by the remaining votes, then by the graver one), the most specific
 * effort (equally specific estimates that disagree become a range), the phase the report placed it in
 * (or the one its severity implies), and every mention in report order.
 */
final class Assembler {
    private static final int MAX_MENTION_TEXT = 1500;
    private static final int MAX_DETAIL = 12_000;

    private Assembler() {
    }

    static Finding finding(Merger.Cluster cluster) {
        List<Candidate> members = new ArrayList<>(cluster.members);
        members.sort(Comparator.comparingInt((Candidate c) -> c.line));
        Candidate lead = members.stream().filter(c -> c.kind == Candidate.Kind.CREATE).findFirst()
                .orElse(members.get(0));
        Candidate.Placement placement = placement(members);
        Severity severity = severity(members);
        if (severity == Severity.LOW && onlyDefaults(members) && placement != null && placement.phase() <= 1) {
            severity = Severity.MEDIUM; // a pre-deployment checklist is needed work, not an extra
        }
        int phase = placement != null ? placement.phase() : AuditReader.phaseOf(severity);
        String category = members.stream().map(c -> c.category).filter(c -> c != null && !c.isBlank())
                .findFirst().orElse(null);
        return new Finding(lead.title, severity, phase, placement != null, effort(members), category,
                detail(members), mentions(members));
    }

    private static boolean onlyDefaults(List<Candidate> members) {
        return members.stream().flatMap(c -> c.severities.stream()).allMatch(v -> v.level() == Candidate.DEFAULT);
    }

    static Severity severity(List<Candidate> members) {
        List<Candidate.SeverityVote> votes = new ArrayList<>();
        for (Candidate c : members) {
            votes.addAll(c.severities);
            if (c.severities.isEmpty()) {
                votes.add(new Candidate.SeverityVote(Severity.MEDIUM, Candidate.DEFAULT)); // said without a tier
            }
        }
        return resolve(votes);
    }

    private static Severity resolve(List<Candidate.SeverityVote> votes) {
        int top = votes.stream().mapToInt(Candidate.SeverityVote::level).max().orElse(Integer.MIN_VALUE);
        if (top == Integer.MIN_VALUE) {
            return Severity.MEDIUM;
        }
        Map<Severity, int[]> tally = new EnumMap<>(Severity.class);
        for (Candidate.SeverityVote v : votes) {
            int[] counts = tally.computeIfAbsent(v.severity(), s -> new int[2]);
            counts[v.level() == top ? 0 : 1]++;
        }
        return tally.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .max(Comparator.comparingInt((Map.Entry<Severity, int[]> e) -> e.getValue()[0])
                        .thenComparingInt(e -> e.getValue()[1])
                        .thenComparingInt(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(Severity.MEDIUM);
    }

    private static Candidate.Placement placement(List<Candidate> members) {
        return members.stream().flatMap(c -> c.placements.stream())
                .max(Comparator.comparingInt(Candidate.Placement::strength)
                        .thenComparingInt(p -> -p.phase()))
                .orElse(null);
    }

    static Effort effort(List<Candidate> members) {
        int top = members.stream().flatMap(c -> c.efforts.stream()).mapToInt(Candidate.EffortVote::level)
                .max().orElse(-1);
        if (top < 0) {
            return null;
        }
        List<Effort> stated = members.stream().flatMap(c -> c.efforts.stream()).filter(v -> v.level() == top)
                .map(Candidate.EffortVote::effort).toList();
        double min = stated.stream().mapToDouble(Effort::minHours).min().orElse(0);
        boolean open = stated.stream().anyMatch(e -> e.maxHours() == null);
        double max = stated.stream().mapToDouble(e -> e.maxHours() == null ? e.minHours() : e.maxHours()).max()
                .orElse(min);
        String text = stated.stream().map(Effort::text).distinct().reduce((a, b) -> a + " / " + b).orElse("");
        return new Effort(min, open ? null : max, text);
    }

    private static String detail(List<Candidate> members) {
        StringBuilder out = new StringBuilder();
        for (Candidate c : members) {
            if (out.length() > MAX_DETAIL) {
                break; // every mention is still listed; the text of the first ones says it all
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(c.text.length() > MAX_MENTION_TEXT ? c.text.substring(0, MAX_MENTION_TEXT) : c.text);
        }
        return out.toString();
    }

    private static List<Mention> mentions(List<Candidate> members) {
        Map<Integer, Mention> byLine = new TreeMap<>();
        for (Candidate c : members) {
            byLine.putIfAbsent(c.line, c.mention());
        }
        return List.copyOf(byLine.values());
    }
}
