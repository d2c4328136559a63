package dev.punchlist.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.punchlist.store.schema.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With readers always in the middle of a read, SQLite can never start the log over after a passive checkpoint, so
 * under mixed load it only grew (428 MiB after 110 s for a 3 MiB database). A log past its bound is truncated as
 * soon as the readers allow, so it stays bounded while serving.
 */
class TheWriteAheadLogStaysBoundedWhileReadersNeverPauseTest {
    private static final String TEXT = "x".repeat(4_000);
    private static final long SECONDS = 8;

    @TempDir
    Path dir;

    @Test
    void the_log_stays_under_its_bound_while_four_readers_read_without_pause() throws Exception {
        Path file = dir.resolve("mixed.db");
        long largestLog = 0;
        long written = 0;
        AtomicBoolean stop = new AtomicBoolean();
        try (Database database = Database.open(file)) {
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                Thread reader = new Thread(() -> {
                    while (!stop.get()) {
                        database.read(db -> db.fetchCount(PROJECT)); // short reads, one after the other, as pages make them
                    }
                });
                reader.start();
                readers.add(reader);
            }
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            for (int round = 0; System.nanoTime() < end; round++) {
                int first = round * 20;
                database.write(db -> {
                    LocalDateTime now = LocalDateTime.now();
                    for (int i = first; i < first + 20; i++) {
                        db.insertInto(PROJECT).set(PROJECT.KEY, "P" + i).set(PROJECT.NAME, "P" + i).set(PROJECT.DESCRIPTION, TEXT)
                                .set(PROJECT.SETTINGS, "{}").set(PROJECT.CREATED_AT, now).set(PROJECT.UPDATED_AT, now).execute();
                    }
                    return null;
                });
                written += 20L * TEXT.length();
                largestLog = Math.max(largestLog, Files.size(dir.resolve("mixed.db-wal")));
            }
            stop.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        System.out.printf("wrote %d MiB; largest log %d MiB%n", written >> 20, largestLog >> 20);
        assertThat(largestLog).as("log bytes after writing %d bytes", written).isLessThan(2 * Checkpointer.LOG_BOUND_BYTES);
    }
}
