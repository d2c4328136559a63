package dev.punchlist.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * database. So once the log passes {@link #LOG_BOUND_BYTES}, it is truncated instead, which waits at most
 * {@link #TRUNCATE_WAIT_MILLIS} for the readers to leave the log.
 *
 * <p>The writer does that truncation itself, right after the commit that took the log past its bound
 * ({@link #afterCommit}), before it starts the next transaction. Left to this thread's rounds alone, the bound
 * held only while the machine was idle: a round comes every half second at best, a busy machine delays it,
 * and its truncation had to catch the write lock in the moment between two of the writer's transactions, so
 * under steady writes on a loaded 2-core machine the log reached 56 MiB against a 16 MiB bound. On the
 * writer's thread no transaction is open and none can start, so the truncation only waits for the readers'
 * short reads, and the log exceeds its bound by at most one commit. A truncation the readers do not allow
 * (a long read such as a backup) is tried again after {@link #TRUNCATE_RETRY_NANOS}, not at every commit; the
 * rounds here keep truncating too, for a log left over its bound when writes stop.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final long INTERVAL_MILLIS = 500;
    static final long LOG_BOUND_BYTES = 16L << 20;
    static final int TRUNCATE_WAIT_MILLIS = 100;
    /** After a truncation the readers did not allow, the writer tries again this much later: soon enough that a busy writer adds only a few MiB meanwhile, rarely enough that a long read (a backup) does not stall every commit. */
    private static final long TRUNCATE_RETRY_NANOS = 100_000_000L;

    private final Connection connection;
    private final Path log;
    /** Held for each checkpoint, so the writer's truncation never finds this thread's round running (SQLite would refuse it). */
    private final Object checkpointing = new Object();
    /** When the writer may try a truncation again; read and written only on the writer's thread. */
    private long nextWriterTruncateNanos;
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
        synchronized (checkpointing) {
            checkpoint(connection, "PASSIVE");
            if (logBytes() > LOG_BOUND_BYTES) {
                truncate(connection);
            }
        }
    }

    /**
     * Runs on the writer's thread after each commit, on its connection, before the next transaction: truncates
     * the log once it is past its bound, so the bound holds however late this thread's rounds come.
     */
    void afterCommit(Connection writer) {
        if (logBytes() <= LOG_BOUND_BYTES || System.nanoTime() - nextWriterTruncateNanos < 0) {
            return;
        }
        boolean truncated;
        synchronized (checkpointing) {
            truncated = truncate(writer);
        }
        nextWriterTruncateNanos = truncated ? System.nanoTime() : System.nanoTime() + TRUNCATE_RETRY_NANOS;
    }

    /** A truncating checkpoint that waits at most {@link #TRUNCATE_WAIT_MILLIS}; false when the readers or another process did not allow it. */
    private static boolean truncate(Connection on) {
        busyTimeout(on, TRUNCATE_WAIT_MILLIS);
        try {
            return checkpoint(on, "TRUNCATE");
        } finally {
            busyTimeout(on, Database.BUSY_TIMEOUT_MS);
        }
    }

    private long logBytes() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0; // no log file (yet)
        }
    }

    private static void busyTimeout(Connection on, int millis) {
        try (Statement sql = on.createStatement()) {
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

    /** True when SQLite did all {@code mode} asks for; its answer's first column says whether it was kept from that. */
    private static boolean checkpoint(Connection on, String mode) {
        try (Statement sql = on.createStatement(); ResultSet answer = sql.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            return answer.next() && answer.getInt(1) == 0;
        } catch (SQLException | RuntimeException e) {
            // the next round tries again; a log that is not copied back only grows, nothing is lost
            LOG.warn("checkpoint ({}) failed: {}", mode, e.getMessage());
            return false;
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
        synchronized (checkpointing) {
            checkpoint(connection, "TRUNCATE");
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at shutdown: the log was copied back, or SQLite does it at the next open
        }
    }
}
