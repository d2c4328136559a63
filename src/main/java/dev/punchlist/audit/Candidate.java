package dev.punchlist.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * One mention of a possible finding, with everything this place says about it. Severity and effort
 * are votes with a level: the higher the level, the more specific the statement (a finding's own
 * "Severity:" field beats the section it sits in, which beats a coloured marker).
 */
final class Candidate {
    static final int OWN = 3;
    static final int SECTION = 2;
    static final int MARKER = 1;
    static final int WARNING = 0;
    /** What a section of extras implies when nothing else is said. */
    static final int DEFAULT = -1;
    /** What a summary says: it counts only when the places that state the finding say nothing. */
    static final int RESTATED = -2;

    /** CREATE may start a finding; RESTATE (summaries, next steps) may only add a mention to one. */
    enum Kind { CREATE, RESTATE }

    record SeverityVote(Severity severity, int level) {
    }

    record EffortVote(Effort effort, int level) {
    }

    /** The report put this mention in a phase; strength 3 = the item itself, 2 = its phase, 1 = a time word. */
    record Placement(int phase, int strength) {
    }

    final int line;
    final int endLine;
    final List<String> headingPath;
    final String title;
    final String text;
    /** Where it sits in the report: a summary restates, anything else may create. */
    final Kind statedKind;
    /** What the merge does with it: a line the work model does not take for work may still restate a finding. */
    Kind kind;
    final int container;
    final List<SeverityVote> severities = new ArrayList<>();
    final List<EffortVote> efforts = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    /** For a schedule line listing several tasks ("Days 1-2: A, B, C"): the tasks, tried one by one. */
    final List<String> pieces = new ArrayList<>();
    String category;
    String keyText;
    /** A bare item filed under a tier of a severity ranking: its tier counts even where it only restates. */
    boolean ranked;
    /** The top-level section (below the document title) the mention sits in, by its line; -1 for none. */
    int part = -1;
    /** A finding heading's own number ("#### 5. …"), -1 for none. */
    int number = -1;
    /** What kind of block states it: heading, list, table or para (a bold-led paragraph). */
    String block = "list";
    /** The short label paragraph right before its list ("**Strengths:**", "**Fehlt:**"), or null. */
    String lead;
    /** Why the layout rules would leave it out (a ticked task, a strengths section…), or null. */
    String ruleNotWork;
    /** The work model did not take it for work of its own: it may only restate a finding. */
    boolean demoted;
    /** How sure the work model is that this is a piece of work, 0..1. */
    double confidence = 1;

    Candidate(int line, int endLine, List<String> headingPath, String title, String text, Kind kind,
              int container) {
        this.line = line;
        this.endLine = endLine;
        this.headingPath = List.copyOf(headingPath);
        this.title = title;
        this.text = text;
        this.statedKind = kind;
        this.kind = kind;
        this.container = container;
        this.keyText = title;
    }

    void severity(Severity severity, int level) {
        severities.add(new SeverityVote(severity, level));
    }

    void effort(Effort effort, int level) {
        efforts.add(new EffortVote(effort, level));
    }

    void place(int phase, int strength) {
        placements.add(new Placement(phase, strength));
    }

    Mention mention() {
        String shown = text.length() > 600 ? text.substring(0, 600) : text;
        return new Mention(line, Math.max(line, endLine), headingPath, Clean.plain(shown));
    }
}
