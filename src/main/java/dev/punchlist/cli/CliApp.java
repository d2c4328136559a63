package dev.punchlist.cli;

import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.store.Database;

import java.nio.file.Path;
import java.time.Clock;

/** The application's services for a one-shot command (no server is started). */
final class CliApp {
    private CliApp() {
    }

    static App of(Database database) {
        Config config = new Config("127.0.0.1", 0, database.file(), false, AuditReader.DEFAULT_LIMIT_BYTES, "http://127.0.0.1:7070");
        return new App(config, database, Clock.systemUTC());
    }
}
