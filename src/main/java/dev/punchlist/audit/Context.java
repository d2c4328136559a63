package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * What the enclosing sections say about the lines inside them: the heading path, a severity tier,
 * a phase the report placed them in, whether they are not work (strengths, metrics) or restate
 * findings made elsewhere (summaries), and the category they belong to.
 */
record Context(List<String> path, Candidate.SeverityVote severity, Integer phase, String notWork,
               boolean restating, String category, boolean issueLike) {

    static final Context ROOT = new Context(List.of(), null, null, null, false, null, false);

    Context enter(String title, Candidate.SeverityVote tier, Integer placedPhase, String category) {
        List<String> longer = new ArrayList<>(path);
        longer.add(title);
        boolean issues = Vocabulary.ISSUE_SECTION.matcher(title).find();
        String notWorkHere = Vocabulary.NOT_WORK_SECTION.matcher(title).find() ? "not work: " + title
                : issues ? null : notWork;
        boolean restates = restating || Vocabulary.RESTATING_SECTION.matcher(title).find();
        Candidate.SeverityVote implied = tier != null ? tier : severity != null ? severity
                : Vocabulary.EXTRAS_SECTION.matcher(title).find()
                ? new Candidate.SeverityVote(Severity.LOW, Candidate.DEFAULT) : null;
        return new Context(longer, implied, placedPhase != null ? placedPhase : phase,
                notWorkHere, restates, category != null ? category : this.category, issues || issueLike);
    }

    Context enterTitle(String title) {
        List<String> longer = new ArrayList<>(path);
        longer.add(title);
        return new Context(longer, severity, phase, notWork, restating, category, issueLike);
    }

    Context withSeverity(Candidate.SeverityVote vote) {
        return new Context(path, vote, phase, notWork, restating, category, issueLike);
    }

    Context withPhase(Integer placed) {
        return new Context(path, severity, placed, notWork, restating, category, issueLike);
    }

    Context asNotWork(String reason) {
        return new Context(path, severity, phase, reason, restating, category, issueLike);
    }

    Candidate.Kind kind() {
        return restating ? Candidate.Kind.RESTATE : Candidate.Kind.CREATE;
    }
}
