package dev.punchlist.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The processor time one read may take. Checked between the reader's stages: a 4.9 MB report of nested lists
 * took 24 s of a core, and a report that reads in more than the budget is refused rather than read slowly.
 * The reading thread's own CPU time is what counts, so a machine busy with other work does not refuse a report
 * that would read in time on its own.
 */
final class ReadBudget {
    static final ReadBudget UNLIMITED = new ReadBudget(null, Long.MAX_VALUE, 0);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration limit;
    private final long limitNanos;
    private final long start;

    private ReadBudget(Duration limit, long limitNanos, long start) {
        this.limit = limit;
        this.limitNanos = limitNanos;
        this.start = start;
    }

    /** Starts counting the calling thread's time. */
    static ReadBudget start(Duration limit) {
        return new ReadBudget(limit, limit.toNanos(), now());
    }

    void check() {
        if (limit != null && now() - start > limitNanos) {
            throw new ReportTooComplexException(limit);
        }
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
