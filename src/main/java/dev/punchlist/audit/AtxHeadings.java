package dev.punchlist.audit;

import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Starts ATX headings ("## Findings") the way commonmark does (at most three spaces of indentation, one
 * to six "#", then a space, a tab or the end of the line), but without reading the heading's text into
 * inline content: the reader takes a heading's text from its source span, and commonmark's own heading
 * parser allocates a scanner position per character of every heading to strip a closing sequence nobody
 * reads. Setext headings ("Title" over "===") are left to commonmark.
 */
final class AtxHeadings extends AbstractBlockParserFactory {
    private static final int CODE_INDENT = 4;
    private static final int MAX_LEVEL = 6;

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= CODE_INDENT) {
            return BlockStart.none();
        }
        CharSequence line = state.getLine().getContent();
        int start = state.getNextNonSpaceIndex();
        int end = start;
        while (end < line.length() && line.charAt(end) == '#') {
            end++;
        }
        int level = end - start;
        boolean heading = level >= 1 && level <= MAX_LEVEL
                && (end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t');
        return heading ? BlockStart.of(new HeadingLine(level)).atIndex(line.length()) : BlockStart.none();
    }

    /** A heading is one line: it continues no further. */
    private static final class HeadingLine extends AbstractBlockParser {
        private final Heading heading = new Heading();

        HeadingLine(int level) {
            heading.setLevel(level);
        }

        @Override
        public Block getBlock() {
            return heading;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }
    }
}
