package dev.punchlist.audit;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report as a tree of sections (one per heading) holding paragraphs, lists, tables and code, with
 * 1-based line numbers and the raw Markdown of each piece. Built from commonmark's syntax tree, so
 * every Markdown construct (nested lists, lazy continuation lines, tables) is read the standard way.
 */
final class Outline {
    /** Characters parsed at once before the next heading: a piece's tree is small enough to die young. */
    private static final int PIECE = 256 * 1024;
    /**
     * Blocks only: the reader works on each block's raw Markdown (through source spans), so inline
     * parsing is replaced by a single text node per block. This also keeps parsing linear: commonmark's
     * emphasis and link matching is quadratic on pathological paragraphs (thousands of "**" or links).
     * For the same reason ATX headings are started by {@link AtxHeadings}, which skips their inline text.
     */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .customBlockParserFactory(new AtxHeadings())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> Outline::cellText)
            .build();

    sealed interface Block permits Para, Items, Table, CodeBlock {
        int line();
    }

    record Para(int line, int endLine, String raw) implements Block {
    }

    record CodeBlock(int line, int endLine, String raw) implements Block {
    }

    enum Task { NONE, OPEN, DONE }

    record Entry(int line, int endLine, String raw, Task task, List<Block> children) {
    }

    record Items(int line, int id, List<Entry> entries) implements Block {
    }

    record Row(int line, List<String> cells, String raw) {
    }

    record Table(int line, int id, List<String> header, List<Row> rows) implements Block {
    }

    static final class Section {
        final int level;
        final int line;
        final String rawTitle;
        /** The heading's plain words, read once: every step of the reading looks at them. */
        final String title;
        final Section parent;
        final List<Section> children = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        int endLine;

        Section(int level, int line, String rawTitle, Section parent) {
            this.level = level;
            this.line = line;
            this.rawTitle = rawTitle;
            this.title = Clean.plain(rawTitle);
            this.parent = parent;
            this.endLine = line;
        }
    }

    private final String text;
    /** Where each line starts in {@link #text}, and one past the end. */
    private final int[] lineStarts;
    /** The index of the first line of the piece being added: source spans count lines from there. */
    private int pieceLine;
    private int nextId;

    private Outline(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        lineStarts = new int[count + 1];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts[line++] = i + 1;
        }
        lineStarts[count] = text.length() + 1;
    }

    /** Table cells have no source span of their own, so their text is kept; other blocks are read by span. */
    private static void cellText(org.commonmark.parser.SourceLines lines, Node node) {
        if (node instanceof TableCell) {
            node.appendChild(new Text(lines.getContent()));
        }
    }

    static Section parse(String text) {
        return parse(text, PIECE);
    }

    /**
     * Parses the text in pieces of about {@code pieceSize} characters cut before headings ({@link Pieces}):
     * the outline is the same as from one parse, but the syntax tree of only one piece lives at a time,
     * so a large report's tree is garbage young instead of being copied through the collector.
     */
    static Section parse(String text, int pieceSize) {
        return new Outline(text).build(pieceSize);
    }

    private Section build(int pieceSize) {
        Section root = new Section(0, 0, "", null);
        Section current = root;
        int start = 0;
        while (start < text.length()) {
            int end = Pieces.cut(text, start + pieceSize);
            Node document = PARSER.parse(text.substring(start, end));
            if (end < text.length() && Pieces.endsOpen(document)) {
                end = text.length();
                document = PARSER.parse(text.substring(start));
            }
            pieceLine = Arrays.binarySearch(lineStarts, start);
            current = add(document, current);
            start = end;
        }
        return root;
    }

    /** Adds a piece's blocks to the outline; returns the section open at its end. */
    private Section add(Node document, Section open) {
        Section current = open;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                current = open(current, heading);
            } else if (node instanceof Paragraph) {
                paragraph(node, current.blocks);
            } else {
                block(node).ifPresent(current.blocks::add);
            }
            current.endLine = Math.max(current.endLine, lastLine(node.getSourceSpans()));
        }
        return current;
    }

    private static final java.util.regex.Pattern NUMBERED_LINE = java.util.regex.Pattern.compile(
            "^\\s*\\d{1,3}[.)]\\s+(\\S.*)$");

    /**
     * "**High (8):**" followed on the next lines by "6. …", "7. …": a list that continues the numbering
     * of the one before. Markdown lets only a list starting at 1 interrupt a paragraph, so the parser reads
     * label and list as one paragraph; the author meant a label and a list.
     */
    private static boolean isLabelledNumbering(String raw) {
        if (raw.indexOf('\n') < 0) {
            return false;
        }
        String[] lines = raw.split("\n");
        if (lines.length < 2 || !Clean.plain(lines[0]).endsWith(":") || lines[0].length() > 80) {
            return false;
        }
        for (int i = 1; i < lines.length; i++) {
            if (!NUMBERED_LINE.matcher(lines[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A top-level paragraph, or a label and the numbered list the parser read into it. */
    private void paragraph(Node node, List<Block> out) {
        List<SourceSpan> spans = node.getSourceSpans();
        String raw = raw(node, spans);
        if (isLabelledNumbering(raw)) {
            splitLabelledNumbering(firstLine(spans), raw, out);
        } else {
            out.add(new Para(firstLine(spans), lastLine(spans), raw));
        }
    }

    private void splitLabelledNumbering(int line, String raw, List<Block> out) {
        String[] lines = raw.split("\n");
        out.add(new Para(line, line, lines[0]));
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            java.util.regex.Matcher item = NUMBERED_LINE.matcher(lines[i]);
            if (item.matches()) {
                entries.add(new Entry(line + i, line + i, item.group(1), Task.NONE, List.of()));
            }
        }
        out.add(new Items(line + 1, nextId++, entries));
    }

    private Section open(Section current, Heading heading) {
        Section parent = current;
        while (parent.level >= heading.getLevel()) {
            parent = parent.parent;
        }
        List<SourceSpan> spans = heading.getSourceSpans();
        Section section = new Section(heading.getLevel(), firstLine(spans), raw(heading, spans), parent);
        parent.children.add(section);
        return section;
    }

    private java.util.Optional<Block> block(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (node instanceof Paragraph) {
            return java.util.Optional.of(new Para(firstLine(spans), lastLine(spans), raw(node, spans)));
        }
        if (node instanceof ListBlock list) {
            return java.util.Optional.of(items(list));
        }
        if (node instanceof TableBlock table) {
            return java.util.Optional.of(table(table));
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return java.util.Optional.of(new CodeBlock(firstLine(spans), lastLine(spans), raw(node, spans)));
        }
        return java.util.Optional.empty(); // quotes, HTML and rules are evidence or layout, never items
    }

    private Items items(ListBlock list) {
        List<Entry> entries = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                entries.add(entry(listItem));
            }
        }
        return new Items(firstLine(list.getSourceSpans()), nextId++, entries);
    }

    private Entry entry(ListItem item) {
        String first = "";
        List<SourceSpan> spans = item.getSourceSpans();
        int line = firstLine(spans);
        List<Block> children = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (first.isEmpty() && child instanceof Paragraph) {
                List<SourceSpan> childSpans = child.getSourceSpans();
                first = raw(child, childSpans);
                line = firstLine(childSpans);
            } else if (!(child instanceof BlockQuote)) {
                block(child).ifPresent(children::add);
            }
        }
        Task task = Task.NONE;
        String trimmed = first.stripLeading();
        if (trimmed.startsWith("[ ]")) {
            task = Task.OPEN;
            first = trimmed.substring(3).trim();
        } else if (trimmed.startsWith("[x]") || trimmed.startsWith("[X]")) {
            task = Task.DONE;
            first = trimmed.substring(3).trim();
        }
        return new Entry(line, lastLine(spans), first, task, children);
    }

    private Table table(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = cells(row);
                if (part instanceof TableHead) {
                    header = cells;
                } else {
                    List<SourceSpan> spans = row.getSourceSpans();
                    rows.add(new Row(firstLine(spans), cells, raw(row, spans)));
                }
            }
        }
        return new Table(firstLine(table.getSourceSpans()), nextId++, header, rows);
    }

    private List<String> cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(plain(cell).trim());
            }
        }
        return cells;
    }

    /** The Markdown source of a node, line by line, taken from its source spans. */
    private String raw(Node node, List<SourceSpan> spans) {
        if (spans.isEmpty()) {
            return plain(node);
        }
        if (spans.size() == 1) {
            return slice(spans.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (SourceSpan span : spans) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(slice(span));
        }
        return out.toString();
    }

    private String slice(SourceSpan span) {
        int index = pieceLine + span.getLineIndex();
        if (index < 0 || index + 1 >= lineStarts.length) {
            return "";
        }
        int start = lineStarts[index];
        int end = lineStarts[index + 1] - 1;
        int from = Math.min(start + span.getColumnIndex(), end);
        return text.substring(from, Math.min(from + span.getLength(), end));
    }

    private static String plain(Node node) {
        Node first = node.getFirstChild();
        if (first instanceof Text text && first.getNext() == null) {
            return text.getLiteral(); // a table cell: the one text node the reader gave it
        }
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append('`').append(code.getLiteral()).append('`');
            } else {
                appendText(child, out);
            }
        }
    }

    private int firstLine(List<SourceSpan> spans) {
        return spans.isEmpty() ? 0 : pieceLine + spans.get(0).getLineIndex() + 1;
    }

    private int lastLine(List<SourceSpan> spans) {
        return spans.isEmpty() ? 0 : pieceLine + spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
