package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML in a report's titles is exported to Markdown as text (entities), never as markup a renderer would run. */
class TheMarkdownExportKeepsHtmlAsTextTest {
    @Test
    void a_title_with_a_script_tag_is_escaped_in_both_markdown_exports() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("PAY", "# Audit\n\n## Security\n\n- **High:** Sanitise <img src=x onerror=alert(1)> & <script>x()</script> input\n");

            for (String path : new String[] {"/projects/PAY/export.md", "/api/v1/projects/PAY/export?format=md"}) {
                String md = app.get(path).expect(200).body();
                assertThat(md).as(path).doesNotContain("<img").doesNotContain("<script").contains("&lt;img src=x onerror=alert(1)&gt; &amp;");
            }
        }
    }
}
