package dev.punchlist.audit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template in {@code checklists/} imports as a usable checklist: findings with severity and effort. */
class ChecklistTemplatesParseIntoFindings {
    private static final Path FOLDER = Path.of("checklists");

    @TestFactory
    Stream<DynamicTest> every_template_yields_findings_with_severity_and_effort() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(FOLDER)) {
            templates = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(templates).as("templates in %s", FOLDER.toAbsolutePath()).isNotEmpty();
        return templates.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Report report = new AuditReader().read(Files.readAllBytes(path));
            assertThat(report.findings()).isNotEmpty();
            assertThat(report.findings()).allSatisfy(f -> {
                assertThat(f.severity()).as("severity of %s", f.title()).isNotNull();
                assertThat(f.effort()).as("effort of %s", f.title()).isNotNull();
            });
        }));
    }
}
