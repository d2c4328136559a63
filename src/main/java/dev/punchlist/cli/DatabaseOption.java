package dev.punchlist.cli;

import dev.punchlist.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every command that touches the database shares. */
public final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:PUNCHLIST_DB:-data/punchlist.db}",
            description = "SQLite database file (env PUNCHLIST_DB; default: ${DEFAULT-VALUE})")
    Path file;

    public Database open() {
        return Database.open(file);
    }

    public Path file() {
        return file;
    }
}
