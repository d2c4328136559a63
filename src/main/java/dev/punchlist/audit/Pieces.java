package dev.punchlist.audit;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * Where a long report can be cut so that parsing it piece by piece gives the same blocks as parsing it
 * whole. A cut goes before an ATX heading line ("## Findings") that starts at the first column and holds
 * no "|": such a line starts a heading wherever it stands, so it closes every open block — a paragraph
 * (a heading interrupts it), a list item or a quote (the line is neither indented nor marked, and a
 * heading is never a lazy continuation), a table (the line has no "|") — except a fenced code block or
 * an HTML block, which take it as content. A piece that ends inside one of those ({@link #endsOpen}) is
 * parsed together with the rest of the text instead.
 */
final class Pieces {
    private Pieces() {
    }

    /** The start of the first heading line at or after {@code from}, or the end of the text. */
    static int cut(String text, int from) {
        if (from >= text.length()) {
            return text.length();
        }
        for (int at = text.indexOf("\n#", from - 1); at >= 0; at = text.indexOf("\n#", at + 1)) {
            if (isHeadingLine(text, at + 1)) {
                return at + 1;
            }
        }
        return text.length();
    }

    private static boolean isHeadingLine(String text, int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int hashes = 0;
        while (start + hashes < end && text.charAt(start + hashes) == '#') {
            hashes++;
        }
        boolean heading = hashes <= 6 && (start + hashes == end || " \t".indexOf(text.charAt(start + hashes)) >= 0);
        return heading && !hasPipe(text, start, end);
    }

    private static boolean hasPipe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /** Whether the last block of a piece is an HTML block or an unclosed fence, which the cut may split. */
    static boolean endsOpen(Node document) {
        for (Node node = document.getLastChild(); node != null; node = node.getLastChild()) {
            if (node instanceof HtmlBlock
                    || node instanceof FencedCodeBlock code && code.getClosingFenceLength() == null) {
                return true;
            }
        }
        return false;
    }
}
