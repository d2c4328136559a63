package dev.punchlist.web.pages;

import io.javalin.http.Context;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The {@code Server-Timing} header on every page answer, which browsers' developer tools show and the
 * page benchmark reads: {@code app} is the wall time from the start of request handling to the rendered
 * body, {@code cpu} the CPU time the request's thread used meanwhile. On a machine shared with other
 * work the wall time includes waiting for a core; the CPU time does not.
 */
final class ServerTiming {
    private static final String WALL = "pages.started.wall";
    private static final String CPU = "pages.started.cpu";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerTiming() {
    }

    static void start(Context ctx) {
        ctx.attribute(WALL, System.nanoTime());
        ctx.attribute(CPU, THREADS.getCurrentThreadCpuTime());
    }

    static void finish(Context ctx) {
        Long wall = ctx.attribute(WALL);
        Long cpu = ctx.attribute(CPU);
        if (wall == null || cpu == null || !PageErrors.isPage(ctx)) {
            return;
        }
        String timing = String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - wall) / 1e6);
        if (cpu >= 0) {
            // -1 where the JVM cannot measure thread CPU time
            timing += String.format(Locale.ROOT, ", cpu;dur=%.2f", (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        ctx.header("Server-Timing", timing);
    }
}
