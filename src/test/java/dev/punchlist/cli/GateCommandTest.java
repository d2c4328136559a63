package dev.punchlist.cli;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.plan.ItemPatch;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.Status;
import dev.punchlist.store.Database;
import dev.punchlist.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A deployment pipeline asks the gate whether the project may ship. */
class GateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PunchlistCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private Path databaseWithProject() throws Exception {
        Path report = Files.writeString(dir.resolve("audit.md"), Reports.PAYMENTS);
        Path db = dir.resolve("p.db");
        assertThat(run("import", report.toString(), "--project", "PAY", "--db", db.toString())).isEqualTo(2);
        try (Database database = Database.open(db)) {
            CliApp.of(database).projects().create("PAY", "Payments", null);
        }
        assertThat(run("import", report.toString(), "--project", "PAY", "--db", db.toString())).isZero();
        return db;
    }

    @Test
    void the_gate_fails_while_phase_0_is_open_and_passes_once_it_is_done() throws Exception {
        Path db = databaseWithProject();

        assertThat(run("gate", "--project", "PAY", "--level", "staging", "--db", db.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL").contains("Phase 0: 1 of 1 items still open");

        try (Database database = Database.open(db)) {
            var app = CliApp.of(database);
            var critical = app.items().all("PAY", new ItemFilter(null, Severity.CRITICAL, null, null, null, null)).get(0);
            app.items().update(critical.id(), critical.version(), ItemPatch.status(Status.DONE, null), Actor.user("test"));
        }
        assertThat(run("gate", "--project", "PAY", "--level", "staging", "--db", db.toString())).isZero();
        assertThat(run("gate", "--project", "PAY", "--level", "production", "--db", db.toString())).isEqualTo(1);
        assertThat(run("gate", "--project", "PAY", "--level", "staging", "--min-score", "99", "--db", db.toString())).isEqualTo(1);
    }

    @Test
    void an_unknown_project_or_level_is_one_clear_line() throws Exception {
        Path db = dir.resolve("empty.db");

        assertThat(run("gate", "--project", "NOPE", "--level", "staging", "--db", db.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("project NOPE not found");
        assertThat(run("gate", "--project", "NOPE", "--level", "prod", "--db", db.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("--level");
    }

    @Test
    void a_dry_run_import_saves_nothing() throws Exception {
        Path db = databaseWithProject();
        Path second = Files.writeString(dir.resolve("again.md"), Reports.PAYMENTS_REAUDIT, StandardCharsets.UTF_8);

        assertThat(run("import", second.toString(), "--project", "PAY", "--dry-run", "--db", db.toString())).isZero();

        assertThat(out.toString()).contains("would create 1 items");
        try (Database database = Database.open(db)) {
            assertThat(CliApp.of(database).importer().audits("PAY")).hasSize(1);
        }
    }
}
