package dev.punchlist.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private final long limitBytes;

    public AuditReader() {
        this(DEFAULT_LIMIT_BYTES);
    }

    public AuditReader(long limitBytes) {
        this.limitBytes = limitBytes;
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
        Outline.Section root = Outline.parse(text);
        Collector collector = new Collector();
        collector.collect(root);
        Merger merger = new Merger();
        List<Finding> findings = new ArrayList<>();
        for (Merger.Cluster cluster : merger.merge(collector.candidates)) {
            findings.add(Assembler.finding(cluster));
        }
        findings.sort(Comparator.comparingInt(f -> f.mentions().get(0).line()));
        List<NotWork> notWork = new ArrayList<>(collector.notWork);
        merger.unmatched().forEach(c -> notWork.add(new NotWork(c.line, Clean.plain(c.text),
                "summary line that restates no finding")));
        notWork.sort(Comparator.comparingInt(NotWork::line));
        return new Report(ScoreReader.title(text, root), ScoreReader.score(text, root), ScoreReader.verdict(text),
                findings, notWork, collector.budgets, text);
    }

    static int phaseOf(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 0;
            case HIGH -> 1;
            default -> 2;
        };
    }
}
