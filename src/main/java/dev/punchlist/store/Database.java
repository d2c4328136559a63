package dev.punchlist.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The embedded SQLite database: migrated by Flyway at open, one writer and a few readers.
 *
 * <p>SQLite allows one writer at a time. All writes go through the {@link Writer}, one thread on one
 * connection that commits concurrent writes together and starts each transaction as {@code BEGIN
 * IMMEDIATE}, so a transaction that reads and then writes never meets {@code SQLITE_BUSY} half-way;
 * readers see the last commit thanks to WAL.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Writer writer;
    private final HikariDataSource readers;
    private final Checkpointer checkpointer;
    private final DSLContext readContext;

    private Database(Path file, Writer writer, HikariDataSource readers, Checkpointer checkpointer) {
        this.file = file;
        this.writer = writer;
        this.readers = readers;
        this.checkpointer = checkpointer;
        this.readContext = DSL.using(readers, SQLDialect.SQLITE);
    }

    /** Opens (creating if needed) the database file and applies pending migrations. */
    public static Database open(Path file) {
        return open(file, connection -> { });
    }

    /** Runs on each connection the writer opens, after punchlist's own settings. */
    @FunctionalInterface
    public interface WriterSetup {
        void apply(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** As {@link #open(Path)}; tests pass a {@code setup} that makes the writer's connections fail, as a full disk would. */
    public static Database open(Path file, WriterSetup setup) {
        createParent(file);
        SQLiteDataSource source = source("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        try {
            // the writer truncates the log after the commit that takes it past its bound, see Checkpointer
            Checkpointer checkpointer = new Checkpointer(source.getConnection(), file.toAbsolutePath());
            Writer writer;
            try {
                writer = new Writer(() -> {
                    java.sql.Connection writes = source.getConnection();
                    Checkpointer.takeOverFrom(writes);
                    setup.apply(writes);
                    return writes;
                }, checkpointer::afterCommit);
            } catch (java.sql.SQLException | RuntimeException e) {
                checkpointer.close();
                throw e;
            }
            return new Database(file, writer, pool(source, 4, "sqlite-read"), checkpointer);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder for database " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource source(String url) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // jOOQ reads new keys with RETURNING; the driver's own lookup would match every statement against a regex
        sqlite.setGetGeneratedKeys(false);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl(url);
        return source;
    }

    private static HikariDataSource pool(SQLiteDataSource source, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName(name);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in a write transaction and returns once it has committed; an exception undoes
     * everything {@code work} wrote. Concurrent writes may share one transaction (see {@link Writer}).
     */
    public <T> T write(Function<DSLContext, T> work) {
        return writer.write(work);
    }

    /**
     * A count that moves, within a second, whenever another process (or another {@code Database} on the
     * same file) commits; this server's own writes do not move it. Caches of rows compare it to decide
     * whether they may still be trusted.
     */
    public long othersCommits() {
        return writer.othersCommits();
    }

    /** Runs {@code work} on a reader connection (sees the last committed state). */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(readContext);
    }

    /**
     * True when the database answers, every migration has been applied and it takes writes. While writes fail,
     * each call tries one small write (on a new connection), so readiness comes back by itself with the disk.
     */
    public boolean isReady() {
        if (writer.fault() != null && !writesAgain()) {
            return false;
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(readers).locations("classpath:db/migration").load();
            return flyway.info().pending().length == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Why writes fail at the moment ("disk full"), or {@code null} when the last write committed. */
    public String writeFault() {
        return writer.fault();
    }

    private boolean writesAgain() {
        try {
            // rewrites the header page with its own value: a commit that needs the disk, and changes nothing
            writer.write(db -> db.execute("PRAGMA user_version = " + db.fetchValue("PRAGMA user_version")));
            return true;
        } catch (DatabaseNotWritableException e) {
            return false;
        }
    }

    /** Copies a consistent snapshot of the live database to {@code target} (safe while serving). */
    public void backupTo(Path target) {
        readContext.execute("VACUUM INTO ?", target.toAbsolutePath().toString());
    }

    @Override
    public void close() {
        readers.close();
        writer.close();
        checkpointer.close();
    }
}
