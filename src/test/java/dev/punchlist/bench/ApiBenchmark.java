package dev.punchlist.bench;

import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Item updates through the API with re-scoring, from 16 concurrent clients, on a 2,000-item project;
 * and the time to compute that project's readiness. Prints its figures; see BENCHMARKS.md.
 */
public final class ApiBenchmark {
    private static final int ITEMS = 2_000;
    private static final int CLIENTS = 16;
    private static final int SECONDS = 10;
    /**
     * Long enough for the JIT compiler to finish with the update path: after 10 s its C2 thread still used about
     * half a core of the two through the measured window. The warm-up's own figures are printed too.
     */
    private static final int WARM_UP_SECONDS = 30;

    public static void main(String[] args) throws Exception {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BENCH", report());
            List<Long> ids = new ArrayList<>();
            Map<Long, String> etags = new java.util.concurrent.ConcurrentHashMap<>();
            String cursor = "";
            while (cursor != null) {
                var page = app.get("/api/v1/projects/BENCH/items?limit=500&cursor=" + cursor).json();
                page.get("items").forEach(i -> {
                    ids.add(i.get("id").asLong());
                    etags.put(i.get("id").asLong(), i.get("etag").asText());
                });
                cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            }
            System.out.printf("project with %d items%n", ids.size());
            readiness(app);
            updates(app, ids, etags, WARM_UP_SECONDS);
            updates(app, ids, etags, SECONDS);
            readiness(app);
        }
    }

    private static String report() {
        StringBuilder text = new StringBuilder("# Benchmark audit\n\n");
        String[] severities = {"Critical", "High", "Medium", "Low"};
        for (int i = 0; i < ITEMS; i++) {
            text.append("- [ ] **").append(severities[i % 4]).append(":** Fix finding number ").append(i).append(" in module ").append(i % 37).append('\n');
        }
        return text.toString();
    }

    private static void readiness(TestApp app) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            app.app().readiness().current("BENCH");
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        System.out.printf("readiness of %d items: median %.2f ms, p99 %.2f ms%n", ITEMS, nanos.get(150) / 1e6, nanos.get(297) / 1e6);
    }

    /** Each client owns a slice of the items and toggles their status, carrying the ETag forward. */
    private static void updates(TestApp app, List<Long> ids, Map<Long, String> etags, int seconds) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        List<List<Long>> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpuBefore = processCpuNanos();
        Map<String, Long> threadsBefore = threadCpu();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int client = c;
            clients.add(pool.submit(() -> runClient(app, ids, etags, client, end, mine, errors)));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        double cpuMs = (processCpuNanos() - cpuBefore) / 1e6;
        Map<String, Long> byPool = new java.util.TreeMap<>();
        threadCpu().forEach((name, nanos) -> byPool.merge(name.replaceAll("[-#\\d]+$", ""), nanos - threadsBefore.getOrDefault(name, 0L), Long::sum));
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf("PATCH item (status + re-score), %d clients, %d s: %d updates, %.0f/s, p50 %.2f ms, p99 %.2f ms, errors %d;"
                        + " process CPU %.3f ms per update (server and clients)%n",
                CLIENTS, seconds, all.size(), all.size() / (double) seconds, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, errors.get(), cpuMs / all.size());
        System.out.println("  CPU ms per update by thread pool: " + byPool.entrySet().stream().filter(e -> e.getValue() > seconds * 10_000_000L)
                .map(e -> String.format("%s %.3f", e.getKey(), e.getValue() / 1e6 / all.size())).toList());
    }

    /** CPU time of every live thread, by name and id, to show where an update's time goes. */
    private static Map<String, Long> threadCpu() {
        var bean = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new java.util.HashMap<>();
        for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info != null) {
                cpu.merge(info.getThreadName() + "#" + info.getThreadId(), Math.max(0, bean.getThreadCpuTime(info.getThreadId())), Long::sum);
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Void runClient(TestApp app, List<Long> ids, Map<Long, String> etags, int client, long end, List<Long> latencies,
                                  AtomicInteger errors) throws Exception {
        List<Long> mine = new ArrayList<>();
        for (int i = client; i < ids.size(); i += CLIENTS) {
            mine.add(ids.get(i));
        }
        URI base = URI.create(app.baseUrl());
        String token = "Bearer " + app.apiToken(Role.MEMBER);
        try (KeepAliveClient http = new KeepAliveClient(base.getHost(), base.getPort())) {
            int n = 0;
            while (System.nanoTime() < end) {
                long id = mine.get(n % mine.size());
                String status = (n / mine.size()) % 2 == 0 ? "done" : "todo";
                Map<String, String> headers = Map.of("Content-Type", "application/json", "If-Match", etags.get(id), "Authorization", token);
                long start = System.nanoTime();
                KeepAliveClient.Answer answer = http.send("PATCH", "/api/v1/items/" + id, headers, "{\"status\":\"" + status + "\"}");
                latencies.add(System.nanoTime() - start);
                if (answer.status() != 200) {
                    errors.incrementAndGet();
                }
                String etag = answer.header("ETag");
                if (etag != null) {
                    etags.put(id, etag);
                }
                n++;
            }
        }
        return null;
    }
}
