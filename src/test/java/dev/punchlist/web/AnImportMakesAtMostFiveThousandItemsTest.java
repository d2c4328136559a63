package dev.punchlist.web;

import dev.punchlist.plan.Importer;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A report with more findings than one import may make items is refused whole with 422, naming the limit. */
class AnImportMakesAtMostFiveThousandItemsTest {
    @Test
    void a_report_of_five_thousand_and_one_findings_is_refused_and_nothing_is_imported() {
        try (TestApp app = TestApp.start()) {
            app.postJson("/api/v1/projects", "{\"key\":\"BIG\",\"name\":\"Big\"}").expect(201);
            StringBuilder report = new StringBuilder("# Audit\n\n| Severity | Finding |\n|---|---|\n");
            for (int i = 0; i <= Importer.MAX_FINDINGS; i++) {
                report.append("| High | Rotate credential ").append(Integer.toString(i * 7919, 36)).append("q in vault ")
                        .append(Integer.toString(i, 36)).append("z |\n");
            }

            var refused = app.post("/api/v1/projects/BIG/audits", "text/markdown", report.toString());

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asText()).contains("at most 5000 items");
            assertThat(app.get("/api/v1/projects/BIG/items").json().get("items").size()).isZero();
        }
    }
}
