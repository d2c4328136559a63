package dev.punchlist.web.pages;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML in a report's titles is exported to Markdown as text (entities), never as markup a renderer would run. */
class TheMarkdownExportKeepsHtmlAsTextTest {
    /** A task in the checklist layout the reader keeps as work (as PageFixture's reports), so the setup does not rest on prose heuristics. */
    private static final String REPORT = "# Audit\n\n## Security\n\n"
            + "- [ ] **High:** Sanitise <img src=x onerror=alert(1)> & <script>x()</script> input — Effort: 2 hours\n";

    @Test
    void a_title_with_a_script_tag_is_escaped_in_both_markdown_exports() {
        try (TestApp app = TestApp.start()) {
            TestApp.Response imported = app.projectWithReport("PAY", REPORT);
            assertThat(imported.json().path("created")).as("the report's finding became an item").hasSize(1);

            // the page export follows the checklist's filters; unfiltered and filtered to the item, it is escaped either way
            for (String path : new String[] {"/projects/PAY/export.md", "/projects/PAY/export.md?severity=high&status=open",
                    "/api/v1/projects/PAY/export?format=md"}) {
                String md = app.get(path).expect(200).body();
                assertThat(md).as(path).doesNotContain("<img").doesNotContain("<script").contains("&lt;img src=x onerror=alert(1)&gt; &amp;");
            }
        }
    }
}
