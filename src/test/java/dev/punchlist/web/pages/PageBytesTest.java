package dev.punchlist.web.pages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PageBytesTest {
    @Test
    void a_page_of_many_chunks_reads_back_byte_for_byte() throws IOException {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            page.append("<tr id=\"item-").append(i).append("\"><td>Säubern — ").append(i).append("</td></tr>\n");
        }
        byte[] expected = page.toString().getBytes(StandardCharsets.UTF_8);
        PageBytes bytes = new PageBytes();
        bytes.write('<');
        bytes.write(expected, 1, 40_000);
        bytes.write(expected, 40_001, expected.length - 40_001);

        try (InputStream in = bytes.inputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(expected);
        }
    }

    @Test
    void an_empty_page_reads_back_empty() throws IOException {
        try (InputStream in = new PageBytes().inputStream()) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }
}
