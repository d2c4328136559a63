package dev.punchlist.cli;

import dev.punchlist.store.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code punchlist restore FILE}: replaces the database with a backup. Stop the server first (see SECURITY.md). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database with a backup FILE. Stop the server first, restore, then start it.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "a file written by punchlist backup")
    Path backup;

    @Override
    public Integer call() {
        Path saved = Restore.replace(backup, database.file());
        System.out.println("restored " + database.file() + " from " + backup
                + (saved == null ? "" : "; the previous database is kept as " + saved));
        return 0;
    }
}
