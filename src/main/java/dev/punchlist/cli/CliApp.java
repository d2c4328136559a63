package dev.punchlist.cli;

import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.audit.AuditReader;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.store.Database;

import java.time.Clock;
import java.util.Map;

/** The application's services for a one-shot command (no server is started). */
final class CliApp {
    private CliApp() {
    }

    static App of(Database database) {
        return new App(config(database, "http://127.0.0.1:7070"), database, Clock.systemUTC());
    }

    /** With the secrets key from the environment (to read stored Jira credentials) and the server's public URL. */
    static App withSecrets(Database database, Map<String, String> env, String publicUrl) {
        return new App(config(database, publicUrl), database, Clock.systemUTC(), SecuritySettings.forCommands(env));
    }

    private static Config config(Database database, String publicUrl) {
        return new Config("127.0.0.1", 0, database.file(), false, AuditReader.DEFAULT_LIMIT_BYTES, publicUrl);
    }
}
