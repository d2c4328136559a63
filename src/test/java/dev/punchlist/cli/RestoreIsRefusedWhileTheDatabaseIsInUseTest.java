package dev.punchlist.cli;

import dev.punchlist.store.Database;
import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code restore} replaces the database file; done under a running server, the server went on writing to the file
 * it had open and every write acknowledged after the restore was lost. So it is refused while anyone has it open.
 */
class RestoreIsRefusedWhileTheDatabaseIsInUseTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int restore(Path db, Path backup) {
        CommandLine cli = PunchlistCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("restore", "--db", db.toString(), backup.toString());
    }

    @Test
    void restore_under_a_running_server_is_refused_and_changes_nothing() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("PAY", Reports.PAYMENTS);
            Path backup = dir.resolve("backup.db");
            app.database().backupTo(backup);
            app.postJson("/api/v1/projects", "{\"key\":\"NEW\",\"name\":\"After the backup\"}").expect(201);

            int exit = restore(app.database().file(), backup);

            assertThat(exit).isNotZero();
            assertThat(err.toString()).contains("in use").contains("stop the server");
            app.postJson("/api/v1/projects", "{\"key\":\"LATER\",\"name\":\"After the refusal\"}").expect(201);
            assertThat(app.get("/api/v1/projects/NEW").status()).isEqualTo(200);
            assertThat(app.get("/api/v1/projects/LATER").status()).isEqualTo(200);
        }
    }

    @Test
    void restore_of_a_database_nobody_has_open_goes_ahead() throws Exception {
        Path db = dir.resolve("p.db");
        Path backup = dir.resolve("backup.db");
        try (Database database = Database.open(db)) {
            CliApp.of(database).projects().create("PAY", "Payments", null);
            database.backupTo(backup);
            CliApp.of(database).projects().create("NEW", "After the backup", null);
        }

        assertThat(restore(db, backup)).isZero();

        try (Database database = Database.open(db)) {
            assertThat(CliApp.of(database).projects().find("PAY")).isPresent();
            assertThat(CliApp.of(database).projects().find("NEW")).isEmpty();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("p.db.before-restore-"));
    }
}
