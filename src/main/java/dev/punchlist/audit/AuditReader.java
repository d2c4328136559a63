package dev.punchlist.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an audit report (Markdown text) into findings. Thread-safe; one instance serves the whole
 * application.
 *
 * <p>Phase mapping: critical findings go to Phase 0, high to Phase 1, the rest to Phase 2, unless the
 * report itself placed the finding in a phase or time box.
 */
public final class AuditReader {
    public static final String VERSION = "0.1";
    public static final long DEFAULT_LIMIT_BYTES = 5L * 1024 * 1024;

    private static final Pattern OPEN_TASK = Pattern.compile("^\\s*[-*+]\\s+\\[ ]\\s+(.+)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.+)$");
    private static final Pattern SEVERITY = Pattern.compile("\\b(critical|high|medium|low)\\b", Pattern.CASE_INSENSITIVE);

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

    /** Reads raw bytes, decoding them as UTF-8. */
    public Report read(byte[] bytes) {
        checkSize(bytes.length);
        return readChecked(new String(bytes, StandardCharsets.UTF_8));
    }

    public Report read(String text) {
        checkSize(text.getBytes(StandardCharsets.UTF_8).length);
        return readChecked(text);
    }

    private void checkSize(long size) {
        if (size > limitBytes) {
            throw new ReportTooLargeException(size, limitBytes);
        }
    }

    private Report readChecked(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            findingAt(lines[i], i + 1).ifPresent(findings::add);
        }
        return new Report(null, ReportScore.NONE, null, findings, List.of(), List.of(), text);
    }

    private java.util.Optional<Finding> findingAt(String line, int number) {
        Matcher task = OPEN_TASK.matcher(line);
        Matcher item = LIST_ITEM.matcher(line);
        String body = task.matches() ? task.group(1) : item.matches() ? item.group(1) : null;
        if (body == null) {
            return java.util.Optional.empty();
        }
        Matcher severityWord = SEVERITY.matcher(body);
        boolean hasSeverity = severityWord.find();
        if (!task.matches() && !hasSeverity) {
            return java.util.Optional.empty();
        }
        Severity severity = hasSeverity
                ? Severity.valueOf(severityWord.group(1).toUpperCase(Locale.ROOT)) : Severity.MEDIUM;
        String title = body.replace("*", "").trim();
        Mention mention = new Mention(number, number, List.of(), title);
        return java.util.Optional.of(new Finding(title, severity, phaseOf(severity), false, null, null,
                title, List.of(mention)));
    }

    static int phaseOf(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 0;
            case HIGH -> 1;
            default -> 2;
        };
    }
}
