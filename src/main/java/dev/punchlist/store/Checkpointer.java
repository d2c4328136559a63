package dev.punchlist.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final long INTERVAL_MILLIS = 500;

    private final Connection connection;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "sqlite-checkpoint");
        t.setDaemon(true);
        return t;
    });

    Checkpointer(Connection connection) {
        this.connection = connection;
        thread.scheduleWithFixedDelay(() -> checkpoint("PASSIVE"), INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
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
