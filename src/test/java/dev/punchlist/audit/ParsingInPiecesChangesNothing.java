package dev.punchlist.audit;

import dev.punchlist.audit.Outline.Section;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A report parsed piece by piece (cut before every heading) has the outline of the report parsed whole. */
class ParsingInPiecesChangesNothing {
    private static final String CLOSED_BLOCKS = """
            # Audit

            Intro paragraph
            # A heading interrupts a paragraph
            - item
            continued lazily
            # After a list
            > quoted
            # After a quote
            > more quote
            ## After a quote's end
            | Issue | Severity |
            |-------|----------|
            | Slow | High |
            # Heading | with a pipe is a row
            # After the table
            #hashtag is text
            ####### seven is text
            #\ttab heading
            #
                # indented code
            Setext
            ======
            # Last
            """;

    @Test
    void headings_after_closed_blocks_parse_as_in_one_piece() {
        assertSameOutline(CLOSED_BLOCKS);
    }

    @Test
    void code_and_html_keep_heading_lines_as_content() {
        assertSameOutline("# A\n```bash\n# a comment in code\nnpm ci\n```\n## After code\n");
        assertSameOutline("""
                # A
                - item with code
                  ```
                  inside the item

                ```
                # in a fence that the item's end opened
                ```
                # After that fence
                """);
        assertSameOutline("# A\n<!--\n# in a comment\n-->\n# After the comment\n");
        assertSameOutline("# A\n<div>\n# inside the div\n</div>\n\n# After the div\n");
        assertSameOutline("# A\n```\n# unclosed fence\n## still code\n");
    }

    @Test
    void checklist_templates_parse_as_in_one_piece() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("checklists"))) {
            for (Path file : files.toList()) {
                assertSameOutline(Files.readString(file));
            }
        }
    }

    private static void assertSameOutline(String text) {
        assertThat(render(Outline.parse(text, 1))).isEqualTo(render(Outline.parse(text, text.length())));
    }

    private static String render(Section section) {
        StringBuilder out = new StringBuilder();
        out.append(section.level).append(' ').append(section.line).append('-').append(section.endLine).append(' ')
                .append(section.rawTitle).append('\n').append(section.blocks).append('\n');
        section.children.forEach(child -> out.append(render(child)));
        return out.toString();
    }
}
