package dev.punchlist.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static dev.punchlist.store.schema.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caches trust their rows until someone else writes the file: the server's own commits never count as outside
 * changes, while a commit by another process (here another {@code Database} on the same file) is noticed within
 * seconds, so the caches reload.
 */
class OnlyOtherProcessesCommitsCountAsOutsideChangesTest {
    @TempDir
    Path dir;

    @Test
    void own_commits_leave_the_count_alone_and_another_processes_commit_moves_it() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Database server = Database.open(file)) {
            long start = server.othersCommits();
            for (int i = 0; i < 20; i++) {
                insertProject(server, "OWN" + i);
            }
            Thread.sleep(1_500); // longer than the idle check interval
            assertThat(server.othersCommits()).isEqualTo(start);

            try (Database otherProcess = Database.open(file)) {
                insertProject(otherProcess, "OTHER");
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (server.othersCommits() == start && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(server.othersCommits()).isGreaterThan(start);
        }
    }

    private static void insertProject(Database database, String key) {
        LocalDateTime now = LocalDateTime.now();
        database.write(db -> db.insertInto(PROJECT).set(PROJECT.KEY, key).set(PROJECT.NAME, key).set(PROJECT.SETTINGS, "{}")
                .set(PROJECT.CREATED_AT, now).set(PROJECT.UPDATED_AT, now).execute());
    }
}
