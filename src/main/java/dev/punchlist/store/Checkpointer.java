package dev.punchlist.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the write-ahead log back into the database file on a thread of its own.
 *
 * <p>Left to SQLite, the commit that fills the log past 1,000 pages runs the checkpoint itself, with its
 * fsyncs, while every caller grouped into that commit waits: under steady writes that happened about once
 * a second and set the 99th percentile of an item change (20 ms, against 10 ms without). So the writer's
 * connection turns automatic checkpoints off and this thread runs a passive checkpoint twice a second: it
 * copies what no reader still needs and never blocks the writer or a reader. When the database closes,
 * a final checkpoint empties the log.
 *
 * <p>A passive checkpoint lets SQLite start the log over only at a moment no reader is inside it; with readers
 * always busy (mixed load) that moment never came and the log only grew: 428 MiB after 110 s for a 3 MiB
 * database. So once the log passes {@link #LOG_BOUND_BYTES}, a round truncates it instead: that waits at most
 * {@link #TRUNCATE_WAIT_MILLIS} for the readers to leave the log (holding writers off meanwhile), and when they do
 * not, the next round tries again.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final long INTERVAL_MILLIS = 500;
    static final long LOG_BOUND_BYTES = 16L << 20;
    static final int TRUNCATE_WAIT_MILLIS = 100;

    private final Connection connection;
    private final Path log;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "sqlite-checkpoint");
        t.setDaemon(true);
        return t;
    });

    Checkpointer(Connection connection, Path database) {
        this.connection = connection;
        this.log = database.resolveSibling(database.getFileName() + "-wal");
        thread.scheduleWithFixedDelay(this::round, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void round() {
        checkpoint("PASSIVE");
        if (logBytes() > LOG_BOUND_BYTES) {
            busyTimeout(TRUNCATE_WAIT_MILLIS);
            checkpoint("TRUNCATE");
            busyTimeout(Database.BUSY_TIMEOUT_MS);
        }
    }

    private long logBytes() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0; // no log file (yet)
        }
    }

    private void busyTimeout(int millis) {
        try (Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA busy_timeout = " + millis);
        } catch (SQLException e) {
            LOG.warn("could not set the checkpoint's busy timeout: {}", e.getMessage());
        }
    }

    /** Turns off the checkpoints SQLite would otherwise run inside the commits of {@code writer}. */
    static void takeOverFrom(Connection writer) throws SQLException {
        try (Statement sql = writer.createStatement()) {
            sql.execute("PRAGMA wal_autocheckpoint=0");
        }
    }

    private void checkpoint(String mode) {
        try (Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException | RuntimeException e) {
            // the next round tries again; a log that is not copied back only grows, nothing is lost
            LOG.warn("checkpoint ({}) failed: {}", mode, e.getMessage());
        }
    }

    /** Stops the thread; call after the last write, so the final checkpoint leaves an empty log. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint("TRUNCATE");
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at shutdown: the log was copied back, or SQLite does it at the next open
        }
    }
}
