package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EachFindingSaysHowSureTheReaderIs {
    private static final String REPORT = """
            # Review
            ## Issues
            - CRITICAL: Card numbers are written to the application log
            ## Strengths
            - Backups run every night
            """;

    @Test
    void findings_and_left_out_lines_carry_the_models_confidence() {
        Report report = new AuditReader().read(REPORT);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.confidence()).isBetween(0.0, 1.0));
        assertThat(report.notWork()).filteredOn(n -> n.text().contains("Backups"))
                .singleElement().satisfies(n -> assertThat(n.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void the_json_carries_confidence_as_an_extra_field() {
        @SuppressWarnings("unchecked")
        var findings = (java.util.List<Map<String, Object>>) ReportJson.of(new AuditReader().read(REPORT)).get("findings");
        assertThat(findings).allSatisfy(f -> assertThat(f).containsKey("confidence"));
    }

    @Test
    void a_model_with_no_weights_is_unsure_of_everything() {
        WorkModel blank = new WorkModel(Map.of(), 0, 0, 1.01, Map.of());
        Report report = new AuditReader(AuditReader.DEFAULT_LIMIT_BYTES, blank).read(REPORT);
        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.doubtful()).isTrue());
    }
}
