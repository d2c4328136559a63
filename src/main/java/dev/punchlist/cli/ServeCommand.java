package dev.punchlist.cli;

import dev.punchlist.App;
import dev.punchlist.Config;
import dev.punchlist.plan.Demo;
import dev.punchlist.security.SecuritySettings;
import dev.punchlist.store.Database;
import io.javalin.Javalin;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code punchlist serve}: runs the web server until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the punchlist server.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--port", defaultValue = "${env:PUNCHLIST_PORT:-7070}",
            description = "TCP port (env PUNCHLIST_PORT; default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "${env:PUNCHLIST_BIND:-127.0.0.1}",
            description = "address to listen on (env PUNCHLIST_BIND; default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--no-demo", negatable = false, defaultValue = "${env:PUNCHLIST_NO_DEMO:-false}",
            description = "do not create the demo project in an empty database (env PUNCHLIST_NO_DEMO)")
    boolean noDemo;

    @Option(names = "--max-report-bytes", defaultValue = "${env:PUNCHLIST_MAX_REPORT_BYTES:-5242880}",
            description = "largest report accepted (env PUNCHLIST_MAX_REPORT_BYTES; default: ${DEFAULT-VALUE})")
    long maxReportBytes;

    @Option(names = "--public-url", defaultValue = "${env:PUNCHLIST_PUBLIC_URL:-}",
            description = "base URL of this server as users reach it, for links (env PUNCHLIST_PUBLIC_URL)")
    String publicUrl;

    @Option(names = "--production", negatable = false,
            description = "production mode: refuse to start without strong secrets (or env PUNCHLIST_ENV=production)")
    boolean production;

    /** Secrets come from the environment only, never from flags that show up in ps. */
    private final Map<String, String> env;

    public ServeCommand() {
        this(System.getenv());
    }

    ServeCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        // checked before the database is opened, so a refused start changes nothing
        SecuritySettings security = SecuritySettings.fromEnvironment(env, production);
        Config config = new Config(bind, port, database.file(), !noDemo, maxReportBytes,
                publicUrl.isBlank() ? "http://" + bind + ":" + port : publicUrl);
        Database db = database.open();
        App app = new App(config, db, Clock.systemUTC(), security);
        app.ensureFirstAdmin();
        if (config.demo()) {
            Demo.createIfEmpty(app.projects(), app.importer(), app.items());
        }
        Javalin server = app.server().start(config.bind(), config.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }));
        LoggerFactory.getLogger(ServeCommand.class).info("punchlist serving {} on http://{}:{}/ (database {})",
                config.publicUrl(), config.bind(), server.port(), database.file());
        Thread.currentThread().join();
        return 0;
    }
}
