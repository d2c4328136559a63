package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * What the enclosing sections say about the lines inside them: the heading path, a severity tier,
 * a phase the report placed them in, whether they are not work (strengths, metrics) or restate
 * findings made elsewhere (summaries), and the category they belong to.
 */
record Context(List<String> path, Candidate.SeverityVote severity, Integer phase, String notWork,
               boolean restating, String category, boolean issueLike, int part, boolean ranking) {

    static final Context ROOT = new Context(List.of(), null, null, null, false, null, false, -1, false);

    /** Enters the section that starts at {@code line}; the first one below the document title is a part. */
    Context enter(int line, String title, Candidate.SeverityVote tier, Integer placedPhase, String category) {
        List<String> longer = pathTo(title);
        SectionWords words = SectionWords.of(title);
        boolean issues = words.issues();
        String notWorkHere = words.notWork() ? "not work: " + title
                : issues ? null : notWork;
        boolean restates = restating || words.restating();
        Candidate.SeverityVote implied = tier != null ? tier : severity != null ? severity
                : words.extras()
                ? new Candidate.SeverityVote(Severity.LOW, Candidate.DEFAULT) : null;
        return new Context(longer, implied, placedPhase != null ? placedPhase : phase,
                notWorkHere, restates, category != null ? category : this.category, issues || issueLike,
                part < 0 ? line : part, false);
    }

    Context enterTitle(String title) {
        return new Context(pathTo(title), severity, phase, notWork, restating, category, issueLike, part, ranking);
    }

    /** Immutable, so the mentions under a section share it instead of copying it. */
    private List<String> pathTo(String title) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(title);
        return List.copyOf(longer);
    }

    Context withSeverity(Candidate.SeverityVote vote) {
        return new Context(path, vote, phase, notWork, restating, category, issueLike, part, ranking);
    }

    Context withPhase(Integer placed) {
        return new Context(path, severity, placed, notWork, restating, category, issueLike, part, ranking);
    }

    Context asNotWork(String reason) {
        return new Context(path, severity, phase, reason, restating, category, issueLike, part, ranking);
    }

    /**
     * One tier of a severity ranking (sibling sections or labels "Critical", "High", "Medium" holding
     * bare one-line items): the tier is each item's own severity, said on purpose.
     */
    Context asRanking() {
        return new Context(path, severity, phase, notWork, restating, category, issueLike, part, true);
    }

    Candidate.Kind kind() {
        return restating ? Candidate.Kind.RESTATE : Candidate.Kind.CREATE;
    }
}
