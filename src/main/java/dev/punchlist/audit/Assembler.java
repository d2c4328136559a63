package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        double confidence = members.stream().mapToDouble(c -> c.confidence).max().orElse(1);
        return new Finding(lead.title, severity, phase, placement != null, effort(members), category,
                detail(members), mentions(members), confidence);
    }

    private static boolean onlyDefaults(List<Candidate> members) {
        return members.stream().flatMap(c -> c.severities.stream()).allMatch(v -> v.level() == Candidate.DEFAULT);
    }

    /**
     * The most specific statement wins: a finding's own "Severity: High" over the "Critical Issues"
     * section it sits in, which beats a marker. Equally specific places that disagree settle on the
     * graver one. A summary counts only when no place that states the finding says anything, unless it
     * ranks the findings by severity: then filing one under a tier is as deliberate as its own field.
     */
    static Severity severity(List<Candidate> members) {
        List<Candidate.SeverityVote> places = new ArrayList<>();
        for (Candidate c : members) {
            if (c.kind == Candidate.Kind.RESTATE && !c.ranked) {
                c.severities.forEach(v -> places.add(new Candidate.SeverityVote(v.severity(), Candidate.RESTATED)));
            } else if (c.severities.isEmpty()) {
                places.add(new Candidate.SeverityVote(Severity.MEDIUM, Candidate.DEFAULT)); // said without a tier
            } else {
                places.add(mostSpecific(c.severities));
            }
        }
        return places.isEmpty() ? Severity.MEDIUM : mostSpecific(places).severity(); // a bare summary line
    }

    private static Candidate.SeverityVote mostSpecific(List<Candidate.SeverityVote> votes) {
        int top = Integer.MIN_VALUE;
        Severity gravest = Severity.MEDIUM;
        for (Candidate.SeverityVote v : votes) {
            if (v.level() > top || v.level() == top && v.severity().ordinal() < gravest.ordinal()) {
                top = v.level();
                gravest = v.severity();
            }
        }
        if (top == Integer.MIN_VALUE) {
            throw new java.util.NoSuchElementException();
        }
        return new Candidate.SeverityVote(gravest, top);
    }

    /** The strongest placement; among equally strong ones the most urgent, the first of those on a tie. */
    private static Candidate.Placement placement(List<Candidate> members) {
        Candidate.Placement best = null;
        for (Candidate c : members) {
            for (Candidate.Placement p : c.placements) {
                if (best == null || p.strength() > best.strength()
                        || p.strength() == best.strength() && p.phase() < best.phase()) {
                    best = p;
                }
            }
        }
        return best;
    }

    static Effort effort(List<Candidate> members) {
        List<Candidate.EffortVote> votes = new ArrayList<>();
        for (Candidate c : members) {
            addEfforts(c, votes);
        }
        if (votes.isEmpty()) {
            return null;
        }
        int top = votes.stream().mapToInt(Candidate.EffortVote::level).max().orElseThrow();
        List<Effort> stated = votes.stream().filter(v -> v.level() == top).map(Candidate.EffortVote::effort).toList();
        double min = stated.stream().mapToDouble(Effort::minHours).min().orElse(0);
        boolean open = stated.stream().anyMatch(e -> e.maxHours() == null);
        double max = stated.stream().mapToDouble(e -> e.maxHours() == null ? e.minHours() : e.maxHours()).max()
                .orElse(min);
        String text = stated.stream().map(Effort::text).distinct().reduce((a, b) -> a + " / " + b).orElse("");
        return new Effort(min, open ? null : max, text);
    }

    /** A summary's estimate counts only when the places that state the finding give none. */
    private static void addEfforts(Candidate c, List<Candidate.EffortVote> out) {
        for (Candidate.EffortVote vote : c.efforts) {
            out.add(c.kind == Candidate.Kind.RESTATE ? new Candidate.EffortVote(vote.effort(), Candidate.RESTATED)
                    : vote);
        }
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

    /** One mention per line, the first there; the members are already in line order. */
    private static List<Mention> mentions(List<Candidate> members) {
        List<Mention> mentions = new ArrayList<>(members.size());
        int last = Integer.MIN_VALUE;
        for (Candidate c : members) {
            if (c.line != last) {
                mentions.add(c.mention());
                last = c.line;
            }
        }
        return mentions;
    }
}
