package dev.punchlist.store;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one thread that writes to SQLite, with group commit.
 *
 * <p>SQLite takes one writer at a time, so concurrent writes queue anyway; here they queue in memory
 * instead of on a connection pool, and whatever queued while one transaction ran goes into the next
 * transaction together. Each piece of work runs inside its own savepoint: one that fails rolls back
 * alone and its caller gets the exception, the others commit. A caller returns only after the commit
 * that holds its work, so "written" still means durable in the database when {@code write} returns.
 *
 * <p>When the file or the disk refuses a write (disk full, read-only, I/O error), every work of that group fails
 * with {@link DatabaseNotWritableException} and the writer opens a new connection before its next transaction:
 * a connection that met such a failure could stay broken after the cause was gone, and every write failed until
 * a restart. Until a transaction commits again, {@link #fault} says why writes fail.
 */
final class Writer implements AutoCloseable {
    /** Bounds how long the last work of a group waits for the ones before it. */
    private static final int MAX_GROUP = 64;
    /** How often, at most and at least, the writer asks SQLite whether another connection has committed. */
    private static final long WATCH_NANOS = 200_000_000L;
    private static final long IDLE_WATCH_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(Writer.class);

    /** Opens the writer's connection, at start and again after a storage fault. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Runs on the writer's thread after each commit, before the next transaction (the log's bound, see {@link Checkpointer}). */
    @FunctionalInterface
    interface AfterCommit {
        void run(Connection connection);
    }

    private final Opener opener;
    private final AfterCommit afterCommit;
    private final BlockingQueue<Work<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private boolean closed;
    // replaced together when the connection is opened again, only by the writer thread (or before it starts)
    private Connection connection;
    private DSLContext context;
    private PreparedStatement dataVersion;
    private Control control;
    private long lastDataVersion;
    private long lastWatchNanos;
    private volatile long othersCommits;
    private volatile String fault;

    Writer(Opener opener, AfterCommit afterCommit) throws SQLException {
        this.opener = opener;
        this.afterCommit = afterCommit;
        connect();
        this.thread = new Thread(this::run, "sqlite-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void connect() throws SQLException {
        connection = opener.open();
        context = DSL.using(connection, SQLDialect.SQLITE);
        StatementCache.attach(context, connection);
        dataVersion = connection.prepareStatement("PRAGMA data_version");
        control = Control.on(connection);
        lastDataVersion = dataVersion();
    }

    /** Why writes fail at the moment, or {@code null} when the last transaction committed. */
    String fault() {
        return fault;
    }

    /** One caller's work; its result is handed over only once the transaction that holds it commits. */
    private static final class Work<T> {
        private final Function<DSLContext, T> body;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private T value;

        Work(Function<DSLContext, T> body) {
            this.body = body;
        }

        void runIn(DSLContext db) {
            value = body.apply(db);
        }

        void committed() {
            result.complete(value);
        }

        void failed(Throwable cause) {
            result.completeExceptionally(cause);
        }
    }

    private static final Work<Void> STOP = new Work<>(db -> null);

    <T> T write(Function<DSLContext, T> body) {
        if (Thread.currentThread() == thread) {
            return body.apply(context); // a write made by a write joins its transaction
        }
        Work<T> work = new Work<>(body);
        synchronized (queue) {
            if (closed) {
                throw new IllegalStateException("the database is closed");
            }
            queue.add(work);
        }
        try {
            return work.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database write", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private void run() {
        List<Work<?>> group = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                Work<?> first = queue.poll(IDLE_WATCH_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    group.add(first);
                }
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            stopping = group.remove(STOP);
            if (!group.isEmpty()) {
                commit(group);
            }
            group.clear();
            watchOthers();
        }
    }

    /**
     * How many times, as last seen, another connection (another process on the same file) has committed
     * since this writer started: SQLite's {@code data_version} of this connection moves only for those.
     * Checked at least once a second.
     */
    long othersCommits() {
        return othersCommits;
    }

    private void watchOthers() {
        long now = System.nanoTime();
        if (now - lastWatchNanos < WATCH_NANOS) {
            return;
        }
        lastWatchNanos = now;
        try {
            long version = dataVersion();
            if (version != lastDataVersion) {
                lastDataVersion = version;
                othersCommits++;
            }
        } catch (SQLException e) {
            othersCommits++; // cannot tell: assume the worst, readers reload
        }
    }

    private long dataVersion() throws SQLException {
        try (ResultSet row = dataVersion.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private void commit(List<Work<?>> group) {
        if (fault != null && !reconnect(group)) {
            return;
        }
        List<Work<?>> succeeded = new ArrayList<>(group.size());
        try {
            control.begin.execute();
            for (Work<?> work : group) {
                if (group.size() == 1 ? runAlone(work) : runInSavepoint(work)) {
                    succeeded.add(work);
                }
            }
            (succeeded.isEmpty() ? control.rollback : control.commit).execute();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            String reason = StorageFaults.reason(e);
            if (reason != null) {
                failAll(group, reason, e);
            } else {
                succeeded.forEach(work -> work.failed(e));
            }
            return;
        }
        fault = null;
        succeeded.forEach(Work::committed);
        try {
            afterCommit.run(connection);
        } catch (RuntimeException e) {
            LOG.warn("after a commit: {}", e.getMessage());
        }
    }

    /** Every work of the group fails (those that ran are undone with the transaction); the next group reconnects. */
    private void failAll(List<Work<?>> group, String reason, Throwable cause) {
        if (fault == null) {
            LOG.warn("the database cannot be written ({}): {}; the next write opens a new connection", reason, cause.getMessage());
        }
        fault = reason;
        DatabaseNotWritableException failure = new DatabaseNotWritableException(reason, cause);
        group.forEach(work -> work.failed(failure));
    }

    private boolean reconnect(List<Work<?>> group) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the old connection is being replaced because it failed
        }
        try {
            connect();
            othersCommits++; // what was missed while failing is unknown: readers reload
            return true;
        } catch (SQLException | RuntimeException e) {
            failAll(group, Objects.requireNonNullElse(StorageFaults.reason(e), "the file cannot be opened"), e);
            return false;
        }
    }

    /** A work alone in its transaction needs no savepoint: a failure rolls the transaction back. */
    private boolean runAlone(Work<?> work) {
        try {
            work.runIn(context);
            return true;
        } catch (RuntimeException | Error e) {
            if (StorageFaults.reason(e) != null) {
                throw e; // the whole group fails, see commit
            }
            work.failed(e);
            return false;
        }
    }

    /** Runs one work so that its failure undoes only its own changes. */
    private boolean runInSavepoint(Work<?> work) throws SQLException {
        control.savepoint.execute();
        try {
            work.runIn(context);
            control.release.execute();
            return true;
        } catch (RuntimeException | Error e) {
            if (StorageFaults.reason(e) != null) {
                throw e;
            }
            control.rollbackToSavepoint.execute();
            control.release.execute();
            work.failed(e);
            return false;
        }
    }

    /** The transaction statements, prepared once: each group runs several of them. */
    private record Control(PreparedStatement begin, PreparedStatement commit, PreparedStatement rollback,
                           PreparedStatement savepoint, PreparedStatement release, PreparedStatement rollbackToSavepoint) {
        static Control on(Connection connection) throws SQLException {
            return new Control(connection.prepareStatement("BEGIN IMMEDIATE"), connection.prepareStatement("COMMIT"),
                    connection.prepareStatement("ROLLBACK"), connection.prepareStatement("SAVEPOINT work"),
                    connection.prepareStatement("RELEASE work"), connection.prepareStatement("ROLLBACK TO work"));
        }
    }

    private void rollbackQuietly() {
        try (Statement sql = connection.createStatement()) {
            sql.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // nothing was open, or the connection is gone; the callers already have their exception
        }
    }

    @Override
    public void close() {
        synchronized (queue) {
            closed = true;
            queue.add(STOP);
        }
        try {
            thread.join(30_000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException ignored) {
            // closing at shutdown: nothing left to save
        }
    }
}
