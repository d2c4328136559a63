package dev.punchlist.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static dev.punchlist.store.schema.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints run beside the writer, not inside its commits: under steady writes the write-ahead log is still
 * copied back and reused, so it stays a fraction of what was written instead of growing with every change.
 */
class TheWriteAheadLogStaysSmallUnderSteadyWritesTest {
    private static final int ROUNDS = 12;
    private static final int ROWS_PER_ROUND = 200;
    private static final String TEXT = "x".repeat(4_000);

    @TempDir
    Path dir;

    @Test
    void the_log_is_copied_back_while_the_server_keeps_writing() throws Exception {
        Path file = dir.resolve("steady.db");
        long written = 0;
        long largestLog = 0;
        try (Database database = Database.open(file)) {
            for (int round = 0; round < ROUNDS; round++) {
                int first = round * ROWS_PER_ROUND;
                database.write(db -> {
                    LocalDateTime now = LocalDateTime.now();
                    for (int i = first; i < first + ROWS_PER_ROUND; i++) {
                        db.insertInto(PROJECT).set(PROJECT.KEY, "P" + i).set(PROJECT.NAME, "P" + i).set(PROJECT.DESCRIPTION, TEXT)
                                .set(PROJECT.SETTINGS, "{}").set(PROJECT.CREATED_AT, now).set(PROJECT.UPDATED_AT, now).execute();
                    }
                    return null;
                });
                written += (long) ROWS_PER_ROUND * TEXT.length();
                Thread.sleep(300);
                largestLog = Math.max(largestLog, Files.size(dir.resolve("steady.db-wal")));
            }
            int stored = database.read(db -> db.fetchCount(PROJECT));
            assertThat(stored).isEqualTo(ROUNDS * ROWS_PER_ROUND);
        }
        assertThat(largestLog).as("log bytes after writing %d bytes", written).isLessThan(written / 3);
    }
}
