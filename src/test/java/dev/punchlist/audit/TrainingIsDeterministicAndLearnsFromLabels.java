package dev.punchlist.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingIsDeterministicAndLearnsFromLabels {
    @TempDir
    Path corpus;

    private void report(String name, String strength, String problem, String fix) throws Exception {
        Files.writeString(corpus.resolve(name + ".md"), """
                # Review of %s

                ## Strengths
                - %s

                ## Issues
                - %s
                - %s
                """.formatted(name, strength, problem, fix));
        Files.writeString(corpus.resolve(name + ".gold.json"), """
                {"findings": [
                  {"title": "one", "match": ["%s"]},
                  {"title": "two", "match": ["%s"]}
                ]}
                """.formatted(problem.toLowerCase(), fix.toLowerCase()));
    }

    private Corpus fourReports() throws Exception {
        report("alpha", "Clean module layout", "Passwords hashed with MD5", "Add rate limiting to login");
        report("beta", "Good test coverage", "Secrets committed to the repository", "Enable HTTPS redirects");
        report("gamma", "Solid CI pipeline", "No backups of the database", "Rotate the signing key");
        report("delta", "Excellent docs", "Debug mode left on in production", "Pin dependency versions");
        return Corpus.read(corpus);
    }

    @Test
    void the_same_corpus_gives_the_same_model_file() throws Exception {
        Corpus labelled = fourReports();
        ReaderTraining.fit(labelled).write(corpus.resolve("first.json"));
        ReaderTraining.fit(labelled).write(corpus.resolve("second.json"));
        assertThat(Files.readString(corpus.resolve("first.json"))).isEqualTo(Files.readString(corpus.resolve("second.json")));
    }

    @Test
    void a_model_fitted_on_labelled_reports_reads_strengths_as_not_work() throws Exception {
        WorkModel model = ReaderTraining.fit(fourReports());
        Report report = new AuditReader(AuditReader.DEFAULT_LIMIT_BYTES, model).read("""
                # Review of epsilon

                ## Strengths
                - Tidy error handling

                ## Issues
                - Sessions never expire
                - Add audit logging for admin actions
                """);
        assertThat(report.findings()).extracting(Finding::title)
                .containsExactly("Sessions never expire", "Add audit logging for admin actions");
        assertThat(report.notWork()).anySatisfy(n -> assertThat(n.text()).contains("Tidy error handling"));
    }

    @Test
    void a_model_says_how_it_was_made() throws Exception {
        WorkModel model = ReaderTraining.fit(fourReports());
        assertThat(model.provenance()).containsKeys("trainer", "reports", "reports_sha256", "rebuild");
        assertThat(model.provenance().get("reports")).asList().containsExactly("alpha", "beta", "delta", "gamma");
    }
}
