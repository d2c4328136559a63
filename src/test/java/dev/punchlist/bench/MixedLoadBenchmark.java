package dev.punchlist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mixed burst against the packaged server in its own JVM (started here as a child process, so the clients'
 * allocation and collections are not the server's): reads of items, readiness and the checklist of a 2,000-item
 * project, PATCHes with If-Match, and the stand-up page, at 16, 32 and 64 clients. Prints requests per second,
 * p50 and p99 overall and per kind, and the server's heap as {@code jstat} samples it. Usage (see BENCHMARKS.md):
 * {@code MixedLoadBenchmark [server -Xmx, default 512m]}.
 */
public final class MixedLoadBenchmark {
    private static final int ITEMS = 2_000;
    private static final int WARM_UP_SECONDS = 30;
    private static final int SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one request does; the mix below sends each in proportion to its weight. */
    enum Kind { ITEMS, PATCH, READINESS, CHECKLIST, STANDUP }

    private static final Kind[] MIX = {Kind.ITEMS, Kind.PATCH, Kind.READINESS, Kind.ITEMS, Kind.PATCH, Kind.CHECKLIST,
            Kind.PATCH, Kind.READINESS, Kind.STANDUP, Kind.ITEMS};

    public static void main(String[] args) throws Exception {
        String heap = args.length > 0 ? args[0] : "512m";
        Path dir = Files.createTempDirectory("punchlist-load");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process server = punchlist(dir, List.of("-Xmx" + heap), "serve", "--port", String.valueOf(port), "--no-demo")
                .redirectOutput(dir.resolve("serve.out").toFile()).start();
        try {
            HeapWatch heapWatch = new HeapWatch(server.pid());
            Session session = Session.open(dir, port);
            System.out.printf("server: java -Xmx%s -jar target/punchlist.jar serve (pid %d); project with %d items; mix per 10 requests:"
                    + " 3 item lists, 3 PATCHes, 2 readiness, 1 checklist page, 1 stand-up page%n", heap, server.pid(), session.ids.size());
            heapWatch.reset();
            burst(session, 16, WARM_UP_SECONDS, "warm-up", heapWatch);
            for (int clients : new int[] {16, 32, 64}) {
                heapWatch.reset();
                burst(session, clients, SECONDS, "measured", heapWatch);
            }
            System.out.println(heapWatch.afterFullCollection());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** {@code java [jvm options] -jar target/punchlist.jar …} on the benchmark's own database, its log in a file beside it. */
    static ProcessBuilder punchlist(Path dir, List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", "target/punchlist.jar"));
        command.addAll(List.of(args));
        command.addAll(List.of("--db", dir.resolve("punchlist.db").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve(args[0] + ".log").toFile());
        builder.environment().put("PUNCHLIST_ADMIN_PASSWORD", "load test password, long enough");
        return builder;
    }

    private static void burst(Session session, int clients, int seconds, String label, HeapWatch heap) throws Exception {
        Map<Kind, List<Long>> latencies = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            latencies.put(kind, Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> session.client(client, clients, end, latencies, errors)));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        List<Long> all = new ArrayList<>();
        latencies.values().forEach(all::addAll);
        StringBuilder byKind = new StringBuilder();
        latencies.forEach((kind, times) -> byKind.append(String.format(" %s %s;", kind.name().toLowerCase(), percentiles(times))));
        System.out.printf("%s, %d clients, %d s: %d requests, %.0f req/s, %s, errors %d; server heap used max %s%n  by kind:%s%n",
                label, clients, seconds, all.size(), all.size() / (double) seconds, percentiles(all), errors.get(), heap.summary(), byKind);
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? "none" : String.format("p50 %.1f ms p99 %.1f ms", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    /** The admin's token, the project's item ids and each item's current ETag, shared by the clients. */
    private record Session(int port, String token, List<Long> ids, Map<Long, String> etags) {
        static Session open(Path dir, int port) throws Exception {
            awaitReady(port);
            Process create = punchlist(dir, List.of(), "token", "create", "--user", "admin", "--scope", "write").start();
            String token = new String(create.getInputStream().readAllBytes()).strip();
            if (create.waitFor() != 0) {
                throw new IllegalStateException("token create failed; see " + dir.resolve("token.log"));
            }
            Session session = new Session(port, "Bearer " + token, new ArrayList<>(), new ConcurrentHashMap<>());
            try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port)) {
                session.call(http, "POST", "/api/v1/projects", "application/json", "{\"key\":\"BENCH\",\"name\":\"Load\"}", 201);
                session.call(http, "POST", "/api/v1/projects/BENCH/audits", "text/markdown", report(), 201);
                for (String cursor = ""; cursor != null; ) {
                    JsonNode page = JSON.readTree(session.call(http, "GET", "/api/v1/projects/BENCH/items?limit=500&cursor=" + cursor, null, null, 200).body());
                    page.get("items").forEach(i -> {
                        session.ids.add(i.get("id").asLong());
                        session.etags.put(i.get("id").asLong(), i.get("etag").asText());
                    });
                    cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
                }
            }
            return session;
        }

        private static void awaitReady(int port) throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port)) {
                    if (http.send("GET", "/ready", Map.of(), null).status() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // the server is still starting
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the server did not get ready within 60 s");
        }

        KeepAliveClient.Answer call(KeepAliveClient http, String method, String path, String type, String body, int expected) throws IOException {
            Map<String, String> headers = type == null ? Map.of("Authorization", token) : Map.of("Authorization", token, "Content-Type", type);
            KeepAliveClient.Answer answer = http.send(method, path, headers, body);
            if (answer.status() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return answer;
        }

        /** One client: the mix in turn; its PATCHes toggle the status of its own slice of the items, ETag carried forward. */
        Void client(int client, int clients, long end, Map<Kind, List<Long>> latencies, AtomicInteger errors) throws IOException {
            List<Long> mine = new ArrayList<>();
            for (int i = client; i < ids.size(); i += clients) {
                mine.add(ids.get(i));
            }
            try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port)) {
                for (int n = client; System.nanoTime() < end; n++) {
                    Kind kind = MIX[n % MIX.length];
                    long id = mine.get((n / MIX.length) % mine.size());
                    long start = System.nanoTime();
                    KeepAliveClient.Answer answer = switch (kind) {
                        case ITEMS -> http.send("GET", "/api/v1/projects/BENCH/items?limit=100", Map.of("Authorization", token), null);
                        case READINESS -> http.send("GET", "/api/v1/projects/BENCH/readiness", Map.of("Authorization", token), null);
                        case CHECKLIST -> http.send("GET", "/projects/BENCH", Map.of("Authorization", token), null);
                        case STANDUP -> http.send("GET", "/projects/BENCH/standup", Map.of("Authorization", token), null);
                        case PATCH -> http.send("PATCH", "/api/v1/items/" + id, Map.of("Authorization", token, "Content-Type", "application/json",
                                "If-Match", etags.get(id)), "{\"status\":\"" + ((n / MIX.length / mine.size()) % 2 == 0 ? "done" : "todo") + "\"}");
                    };
                    latencies.get(kind).add(System.nanoTime() - start);
                    if (answer.status() != 200) {
                        errors.incrementAndGet();
                    }
                    if (kind == Kind.PATCH && answer.header("ETag") != null) {
                        etags.put(id, answer.header("ETag"));
                    }
                }
            }
            return null;
        }
    }

    private static String report() {
        StringBuilder text = new StringBuilder("# Load audit\n\n");
        String[] severities = {"Critical", "High", "Medium", "Low"};
        for (int i = 0; i < ITEMS; i++) {
            text.append("- [ ] **").append(severities[i % 4]).append(":** Fix finding number ").append(i).append(" in module ").append(i % 37).append('\n');
        }
        return text.toString();
    }

    /** The server's heap, sampled once a second by {@code jstat -gc}: the most used since the last reset. */
    private static final class HeapWatch {
        private final long pid;
        private final AtomicLong maxUsedKb = new AtomicLong();
        private volatile long committedKb;

        HeapWatch(long pid) throws IOException {
            this.pid = pid;
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "1000").start();
            Thread reader = new Thread(() -> read(jstat), "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Process jstat) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 7 && !f[0].startsWith("S0C")) {
                        // S0C S1C S0U S1U EC EU OC OU …, in KB
                        double used = Double.parseDouble(f[2]) + Double.parseDouble(f[3]) + Double.parseDouble(f[5]) + Double.parseDouble(f[7]);
                        committedKb = (long) (Double.parseDouble(f[0]) + Double.parseDouble(f[1]) + Double.parseDouble(f[4]) + Double.parseDouble(f[6]));
                        maxUsedKb.accumulateAndGet((long) used, Math::max);
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("jstat stopped: " + e.getMessage());
            }
        }

        void reset() {
            maxUsedKb.set(0);
        }

        String summary() {
            return String.format("%d MiB (committed %d MiB), resident %s", maxUsedKb.get() / 1024, committedKb / 1024, resident());
        }

        /** The live heap: what is left after a full collection the benchmark asks for at the end. */
        String afterFullCollection() throws Exception {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Process once = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).start();
            String[] f = new String(once.getInputStream().readAllBytes()).strip().split("\n")[1].trim().split("\\s+");
            double used = Double.parseDouble(f[2]) + Double.parseDouble(f[3]) + Double.parseDouble(f[5]) + Double.parseDouble(f[7]);
            return String.format("server heap after a full collection (live set): %.0f MiB; resident %s", used / 1024, resident());
        }

        private String resident() {
            try {
                return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                        .map(l -> l.replaceAll("\\D+", "")).map(kb -> Long.parseLong(kb) / 1024 + " MiB").findFirst().orElse("?");
            } catch (IOException e) {
                return "?";
            }
        }
    }
}
