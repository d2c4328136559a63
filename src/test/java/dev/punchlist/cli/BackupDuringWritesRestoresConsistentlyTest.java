package dev.punchlist.cli;

import dev.punchlist.plan.Projects;
import dev.punchlist.store.Database;
import dev.punchlist.store.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BackupDuringWritesRestoresConsistentlyTest {
    @Test
    void aBackupTakenWhileAnotherThreadWritesRestoresToASoundPrefixOfTheWrites(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live.db");
        Path backup = dir.resolve("backup.db");
        AtomicInteger written = new AtomicInteger();
        int beforeBackup;
        try (Database db = Database.open(live)) {
            Projects projects = new Projects(db, Clock.systemUTC());
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                // projects are created in numbered order, one transaction each, so a consistent copy holds 1..n with no gap
                while (!stop.get() && written.get() < 5_000) {
                    projects.create(String.format("P%05d", written.get() + 1), "project", null);
                    written.incrementAndGet();
                }
            });
            writer.start();
            while (written.get() < 50) {
                Thread.sleep(5);
            }
            beforeBackup = written.get();
            int exit = PunchlistCommand.commandLine().execute("backup", "--db", live.toString(), backup.toString());
            assertThat(exit).isZero();
            Thread.sleep(50);
            stop.set(true);
            writer.join();
            assertThat(written.get()).as("writes went on during the backup").isGreaterThan(beforeBackup);
        }

        Path restored = dir.resolve("restored.db");
        int exit = PunchlistCommand.commandLine().execute("restore", "--db", restored.toString(), backup.toString());
        assertThat(exit).isZero();
        assertThat(Restore.integrityCheck(restored)).isEqualTo("ok");
        try (Database db = Database.open(restored)) {
            List<String> keys = new Projects(db, Clock.systemUTC()).all().stream().map(p -> p.key()).sorted().toList();
            assertThat(keys.size()).isBetween(beforeBackup, written.get());
            for (int i = 0; i < keys.size(); i++) {
                assertThat(keys.get(i)).isEqualTo(String.format("P%05d", i + 1));
            }
        }
    }
}
