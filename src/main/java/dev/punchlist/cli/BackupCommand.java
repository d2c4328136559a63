package dev.punchlist.cli;

import dev.punchlist.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code punchlist backup FILE}: a consistent copy of the live database, safe while the server runs
 * (SQLite's {@code VACUUM INTO} reads one snapshot under WAL, so writers go on meanwhile).
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Copy the database to FILE (safe while serving).")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "where to write the backup; must not exist yet")
    Path target;

    @Override
    public Integer call() {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists; choose a new file name");
        }
        try (Database db = database.open()) {
            db.backupTo(target);
        }
        System.out.println("backed up " + database.file() + " to " + target);
        return 0;
    }
}
