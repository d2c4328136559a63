package dev.punchlist.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads an audit report (Markdown text) into findings. Thread-safe; one instance serves the whole
 * application.
 *
 * <p>How: the text is repaired ({@link TextRepair}: BOM, line breaks, mojibake) and parsed into an
 * outline of sections ({@link Outline}); {@link Collector} writes down every mention of possible work
 * with what its own words and its sections say about severity, effort and phase, and sets aside what is
 * not work; {@link Merger} groups mentions of the same problem; {@link Assembler} resolves each group
 * into one {@link Finding}; {@link ScoreReader} reads title, score and verdict.
 *
 * <p>Phase mapping: critical findings go to Phase 0, high to Phase 1, the rest to Phase 2, unless the
 * report itself placed the finding in a phase or time box.
 */
public final class AuditReader {
    public static final String VERSION = "1.0";
    public static final long DEFAULT_LIMIT_BYTES = 5L * 1024 * 1024;
    /** Far above what a real report needs (a 5 MB one takes 2–9 s, the first read of a fresh JVM the longest). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private final long limitBytes;
    private final WorkModel model;
    private final Duration timeLimit;

    public AuditReader() {
        this(DEFAULT_LIMIT_BYTES);
    }

    public AuditReader(long limitBytes) {
        this(limitBytes, WorkModel.bundled());
    }

    public AuditReader(long limitBytes, WorkModel model) {
        this(limitBytes, model, DEFAULT_TIME_LIMIT);
    }

    /** @param timeLimit the processor time one read may take; a report that needs more is refused */
    public AuditReader(long limitBytes, WorkModel model, Duration timeLimit) {
        this.limitBytes = limitBytes;
        this.model = model;
        this.timeLimit = timeLimit;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** Reads raw bytes, decoding them as UTF-8 and repairing what a wrong decoding did to them. */
    public Report read(byte[] bytes) {
        checkSize(bytes.length);
        return readChecked(TextRepair.decode(bytes));
    }

    public Report read(String text) {
        checkSize(utf8Length(text));
        return readChecked(TextRepair.repair(text));
    }

    private void checkSize(long size) {
        if (size > limitBytes) {
            throw new ReportTooLargeException(size, limitBytes);
        }
    }

    private static long utf8Length(String text) {
        return text.length() > DEFAULT_LIMIT_BYTES * 4 ? (long) text.length() * 3
                : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private Report readChecked(String text) {
        ReadBudget budget = ReadBudget.start(timeLimit);
        return finish(prepare(text, budget), budget);
    }

    /** What a read knows before the work model decides: the outline, the candidates and their signals. */
    record Prepared(String text, Outline.Section root, Collector collector, List<Map<String, Double>> signals) {
    }

    static Prepared prepare(String repaired) {
        return prepare(repaired, ReadBudget.UNLIMITED);
    }

    private static Prepared prepare(String repaired, ReadBudget budget) {
        Outline.Section root = Outline.parse(repaired);
        budget.check();
        Collector collector = new Collector();
        collector.collect(root);
        budget.check();
        Prepared prepared = new Prepared(repaired, root, collector, Features.of(collector.candidates, lineCount(repaired)));
        budget.check();
        return prepared;
    }

    /** The rest of a read, which depends on the model; the trainer repeats it for each threshold it tries. */
    Report finish(Prepared read) {
        return finish(read, ReadBudget.UNLIMITED);
    }

    private Report finish(Prepared read, ReadBudget budget) {
        List<NotWork> notWork = new ArrayList<>(read.collector().notWork);
        List<Candidate> work = decide(read.collector().candidates, read.signals(), notWork);
        Report report = merge(read, work, notWork, budget);
        if (!report.findings().isEmpty()) {
            return report;
        }
        List<NotWork> left = new ArrayList<>(read.collector().notWork);
        return merge(read, keepWhatTheRulesKeep(read.collector().candidates, left), left, budget);
    }

    private Report merge(Prepared read, List<Candidate> work, List<NotWork> notWork, ReadBudget budget) {
        Merger merger = new Merger();
        List<Merger.Cluster> clusters = new ArrayList<>(merger.merge(work));
        budget.check();
        for (Candidate c : merger.unmatched()) {
            if (!c.demoted && c.confidence >= model.restateThreshold()) {
                clusters.add(Merger.Cluster.of(c)); // the only place that states it is a summary
            } else {
                notWork.add(new NotWork(c.line, Clean.plain(Clean.firstLine(c.text)), c.demoted ? "reads as not work"
                        : "summary line that restates no finding", c.confidence));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Merger.Cluster cluster : clusters) {
            findings.add(Assembler.finding(cluster));
        }
        findings.sort(Comparator.comparingInt(f -> f.mentions().get(0).line()));
        notWork.sort(Comparator.comparingInt(NotWork::line));
        String text = read.text();
        return new Report(ScoreReader.title(text, read.root()), ScoreReader.score(text, read.root()),
                ScoreReader.verdict(text), findings, notWork, read.collector().budgets, text);
    }

    /**
     * The work model weighs every candidate. Below its threshold a line the layout rules kept may still
     * restate a finding (it then adds a mention, never a finding); one the rules set aside is left out.
     */
    private List<Candidate> decide(List<Candidate> candidates, List<Map<String, Double>> signals,
                                   List<NotWork> notWork) {
        List<Candidate> work = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            c.kind = c.statedKind; // the trainer decides the same candidates again for every threshold it tries
            c.demoted = false;
            c.confidence = model.confidence(signals.get(i));
            boolean setAside = c.ruleNotWork != null;
            if (c.confidence >= model.thresholdFor(setAside)) {
                work.add(c);
            } else if (!setAside) {
                c.kind = Candidate.Kind.RESTATE;
                c.demoted = true;
                work.add(c);
            } else {
                notWork.add(setAside(c));
            }
        }
        return work;
    }

    private static NotWork setAside(Candidate c) {
        return new NotWork(c.line, Clean.plain(Clean.firstLine(c.text)), c.ruleNotWork, c.confidence);
    }

    /**
     * A short report the model finds nothing in (it was fitted on long ones) falls back to the layout
     * rules' verdict, so the preview shows their items, each marked doubtful, instead of nothing.
     */
    private static List<Candidate> keepWhatTheRulesKeep(List<Candidate> candidates, List<NotWork> notWork) {
        List<Candidate> work = new ArrayList<>();
        for (Candidate c : candidates) {
            c.kind = c.statedKind;
            c.demoted = false;
            if (c.ruleNotWork == null) {
                work.add(c);
            } else {
                notWork.add(setAside(c));
            }
        }
        return work;
    }

    static int lineCount(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    static int phaseOf(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 0;
            case HIGH -> 1;
            default -> 2;
        };
    }
}
