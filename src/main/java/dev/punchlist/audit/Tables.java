package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Row;
import dev.punchlist.audit.Outline.Table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GFM tables. A table with an issue-like column (Issue, Finding, Task, Risk, Título…) gives one
 * mention per row, with severity, effort, category and status read from their columns. A status
 * table (Feature | Status) gives a mention for rows whose status says something is missing; score
 * tables and before/after tables give none.
 */
final class Tables {
    private static final Pattern TITLE = header("issues?|findings?|hallazgos?|problems?|problemas?|tasks?|tareas?"
            + "|risks?|riesgos?|title|t[ií]tulo|vulnerabilit(y|ies)|vulnerabilidad(es)?|work|gaps?|description"
            + "|descripci[oó]n|concerns?|bugs?|defects?|checks?|requirements?|controls?|action items?");
    private static final Pattern SEVERITY = header("severity|severidad|priority|prioridad|risk level|nivel|criticality"
            + "|sev");
    private static final Pattern EFFORT = header("effort|esfuerzo|estimates?|estimaci[oó]n|fix time|time to fix"
            + "|hours|horas|eta|time");
    private static final Pattern CATEGORY = header("category|categor[ií]a|area|[aá]rea|component|componente|module"
            + "|domain|dominio");
    private static final Pattern STATUS = header("status|estado|state");
    private static final Pattern IMPACT = header("impact|impacto");
    private static final Pattern PROBABILITY = header("probability|likelihood|probabilidad");
    private static final Pattern SCORE = header("score|rating|grade|puntuaci[oó]n|nota");
    private static final Pattern BEFORE_AFTER = header("before|after|antes|despu[eé]s");
    private static final Pattern DONE = Pattern.compile("✅|✔|☑|\\b(done|implemented|complete|completed|fixed"
            + "|resolved|passed|passing|ok|yes|s[ií]|hecho)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSING = Pattern.compile("🔴|❌|⚠|\\b(pending|missing|not started|todo|to do"
            + "|broken|failing|failed|fail|open|hardcoded|absent|none|no|not|pendiente|falta)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Collector collector;

    Tables(Collector collector) {
        this.collector = collector;
    }

    private static Pattern header(String words) {
        return Pattern.compile("^\\W*(" + words + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record Columns(int title, int severity, int effort, int category, int status, int impact,
                           int probability, boolean scores, boolean comparison) {
        private static final Memo<Columns> MEMO = Memo.of(Columns::read);

        static Columns of(List<String> header) {
            return MEMO.get(String.join("\u0000", header));
        }

        private static Columns read(String joined) {
            List<String> header = List.of(joined.split("\u0000", -1));
            List<String> names = header.stream().map(h -> Clean.plain(h).toLowerCase(Locale.ROOT)).toList();
            int severity = find(names, SEVERITY, -1);
            return new Columns(find(names, TITLE, severity), severity, find(names, EFFORT, -1),
                    find(names, CATEGORY, -1), find(names, STATUS, -1), find(names, IMPACT, -1),
                    find(names, PROBABILITY, -1), find(names, SCORE, -1) >= 0, find(names, BEFORE_AFTER, -1) >= 0);
        }

        private static int find(List<String> names, Pattern pattern, int skip) {
            for (int i = 0; i < names.size(); i++) {
                if (i != skip && pattern.matcher(names.get(i)).find()) {
                    return i;
                }
            }
            return -1;
        }

        boolean holdsItems() {
            return !scores && !comparison && (title >= 0 || status >= 0);
        }
    }

    static boolean holdsItems(Table table) {
        return Columns.of(table.header()).holdsItems();
    }

    void table(Table table, Context ctx) {
        Columns columns = Columns.of(table.header());
        if (!columns.holdsItems()) {
            return;
        }
        List<Row> rows = columns.title < 0 ? StatusRows.oneRowPerVerdict(table.rows()) : table.rows();
        for (Row row : rows) {
            row(row, columns, ctx, table.id());
        }
    }

    private void row(Row row, Columns columns, Context ctx, int container) {
        List<String> cells = row.cells();
        String titleCell = cell(cells, columns.title >= 0 ? columns.title : 0);
        String status = cell(cells, columns.status);
        boolean statusDone = !status.isEmpty() && DONE.matcher(status).find() && !MISSING.matcher(status).find();

        String titlePlain = Clean.plain(titleCell);
        Candidate c = new Candidate(row.line(), row.line(), ctx.path(), Titles.clean(titleCell), row.raw(),
                ctx.kind(), container);
        c.block = "table";
        c.ruleNotWork = ctx.notWork() != null ? ctx.notWork() : statusDone ? "status says done"
                : columns.title < 0 && !MISSING.matcher(status).find() ? "status says nothing is missing" : null;
        Votes.fromText(c, titlePlain, titleCell, ctx);
        severity(cells, columns).ifPresent(s -> c.severity(s, Candidate.OWN));
        EffortReader.first(Clean.plain(cell(cells, columns.effort))).ifPresent(e -> c.effort(e, Candidate.OWN));
        if (columns.category >= 0 && !cell(cells, columns.category).isBlank()) {
            c.category = Clean.plain(cell(cells, columns.category));
        }
        c.ids.addAll(Titles.ids(Clean.plain(cell(cells, 0))));
        collector.add(c);
    }

    /** The severity column, or for a risk matrix the impact, one step lower unless it is likely. */
    private static Optional<Severity> severity(List<String> cells, Columns columns) {
        if (columns.severity >= 0) {
            return SeverityWords.ofLabel(Clean.plain(cell(cells, columns.severity)));
        }
        if (columns.impact < 0) {
            return Optional.empty();
        }
        Optional<Severity> impact = SeverityWords.ofLabel(Clean.plain(cell(cells, columns.impact)));
        Optional<Severity> likely = SeverityWords.ofLabel(Clean.plain(cell(cells, columns.probability)));
        boolean probable = columns.probability < 0 || likely.map(l -> l.ordinal() <= Severity.HIGH.ordinal())
                .orElse(true);
        return impact.map(s -> probable ? s : Severity.values()[Math.min(s.ordinal() + 1, Severity.LOW.ordinal())]);
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
