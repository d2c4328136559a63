package dev.punchlist.jira.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one background thread that talks to Jira for the server: it sends a project's outbox right after a push
 * ({@link #drainSoon}) and, every poll interval, drains every configured project (retries that came due) and
 * pulls what changed in Jira. One thread, so drains never overlap and Jira sees bounded traffic.
 */
public final class JiraBackground implements AutoCloseable {
    public static final long MIN_POLL_SECONDS = 10;
    public static final long MAX_POLL_SECONDS = 86_400;
    private static final Logger LOG = LoggerFactory.getLogger(JiraBackground.class);

    private final JiraSettingsStore store;
    private final SyncWorker worker;
    private final JiraInbound inbound;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService executor;
    private boolean closed;

    public JiraBackground(JiraSettingsStore store, SyncWorker worker, JiraInbound inbound) {
        this.store = store;
        this.worker = worker;
        this.inbound = inbound;
    }

    /** The poll interval from {@code PUNCHLIST_JIRA_POLL_SECONDS}: 0 turns polling off. */
    public static Duration pollInterval(long seconds) {
        if (seconds != 0 && (seconds < MIN_POLL_SECONDS || seconds > MAX_POLL_SECONDS)) {
            throw new IllegalArgumentException("the Jira poll interval must be 0 (off) or " + MIN_POLL_SECONDS + " to "
                    + MAX_POLL_SECONDS + " seconds, got " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /** Drains and pulls every configured project every {@code interval}, the first time a second after start. */
    public synchronized void start(Duration interval) {
        if (interval.isZero() || closed) {
            return;
        }
        long seconds = interval.toSeconds();
        executor().scheduleWithFixedDelay(this::syncAll, 1, seconds, TimeUnit.SECONDS);
        LOG.info("Jira sync runs every {} s", seconds);
    }

    /** Sends the project's queued writes on the background thread, soon; repeated calls before it runs coalesce. */
    public void drainSoon(String projectKey) {
        if (!queued.add(projectKey)) {
            return;
        }
        try {
            executor().execute(() -> {
                queued.remove(projectKey);
                drain(projectKey);
            });
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            queued.remove(projectKey); // shutting down: the rows stay queued and the next start sends them
        }
    }

    void syncAll() {
        for (String key : store.configuredProjects()) {
            drain(key);
            pull(key);
        }
    }

    private void drain(String projectKey) {
        try {
            SyncWorker.Report r = worker.drain(projectKey);
            if (r.created() + r.adopted() + r.updated() + r.transitioned() + r.failed() + r.deferred() > 0) {
                LOG.info("Jira sync of {}: {}", projectKey, r);
            }
        } catch (JiraNotConfiguredException e) {
            LOG.debug("Jira sync of {} skipped: {}", projectKey, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Jira sync of {} failed; queued rows are retried later", projectKey, e);
        }
    }

    private void pull(String projectKey) {
        try {
            JiraInbound.PullReport r = inbound.pull(projectKey);
            if (r.changed() > 0 || r.problem() != null) {
                LOG.info("Jira pull of {}: {}", projectKey, r);
            }
        } catch (JiraNotConfiguredException e) {
            LOG.debug("Jira pull of {} skipped: {}", projectKey, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Jira pull of {} failed; the next one covers the same time", projectKey, e);
        }
    }

    private synchronized ScheduledExecutorService executor() {
        if (closed) {
            throw new IllegalStateException("the Jira background thread is stopped");
        }
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "jira-sync");
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    /** Lets the running drain or pull finish (up to 30 s), then stops the thread. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            closed = true;
            running = executor;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                running.shutdownNow(); // an interrupted call leaves its row leased; the next start looks it up first
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
