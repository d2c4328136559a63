package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server time of the checklist page with 2,000 items (not a unit test: run it by hand, see
 * BENCHMARKS.md). Reads the page's Server-Timing header (handler start to rendered body, including
 * the database reads, as wall time and as the request thread's CPU time) and also reports the
 * loopback round trip.
 */
public final class ChecklistRenderBenchmark {
    private static final int ITEMS = 2_000;
    private static final int WARMUP = 100;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("punchlist-bench");
        try (TestApp app = TestApp.start(dir)) {
            app.app().projects().create("BENCH", "Benchmark", null);
            app.app().importer().importReport("BENCH", report().getBytes(StandardCharsets.UTF_8), Actor.user("bench"));
            int count = app.app().items().all("BENCH", ItemFilter.ALL).size();
            HttpClient http = HttpClient.newHttpClient();
            // pages need a signed-in user; a viewer's session cookie is all a GET needs
            String cookie = app.login(Role.VIEWER).cookie();
            HttpRequest page = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/projects/BENCH")).header("Cookie", cookie).build();
            measure(http, page, WARMUP);
            Runs plain = measure(http, page, RUNS);
            System.out.printf(Locale.ROOT, "checklist page, %d items, %d KB HTML, %d runs after %d warm-up%n",
                    count, plain.bytes() / 1024, RUNS, WARMUP);
            print("server time", plain.server());
            print("server CPU", plain.cpu());
            print("round trip", plain.roundTrip());
            // a browser asks for gzip; compressing happens while the body is written, after Server-Timing is taken
            HttpRequest gzipped = HttpRequest.newBuilder(page, (name, value) -> true).header("Accept-Encoding", "gzip").build();
            Runs gzip = measure(http, gzipped, RUNS);
            System.out.printf(Locale.ROOT, "with gzip, as a browser asks: %d KB on the wire%n", gzip.bytes() / 1024);
            print("round trip", gzip.roundTrip());
        }
    }

    /** Server-Timing's wall and CPU time, the client's round trip, and the size of the last body. */
    private record Runs(List<Double> server, List<Double> cpu, List<Double> roundTrip, long bytes) {
    }

    private static Runs measure(HttpClient http, HttpRequest page, int times) throws Exception {
        List<Double> server = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> roundTrip = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            // counted, not kept: the client shares the server's JVM and should not add 2.6 MB of garbage a page
            HttpResponse<InputStream> response = http.send(page, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                bytes = body.transferTo(OutputStream.nullOutputStream());
            }
            roundTrip.add((System.nanoTime() - start) / 1e6);
            Map<String, Double> timing = serverTiming(response.headers().firstValue("Server-Timing").orElseThrow());
            server.add(timing.get("app"));
            cpu.add(timing.getOrDefault("cpu", Double.NaN));
        }
        return new Runs(server, cpu, roundTrip, bytes);
    }

    /** Distinct findings across phases, severities and assignable categories. */
    private static String report() {
        String[] severities = {"Critical", "High", "Medium", "Low"};
        StringBuilder text = new StringBuilder("# Benchmark report\n\n");
        for (int i = 0; i < ITEMS; i++) {
            if (i % 100 == 0) {
                text.append("\n## Area ").append(i / 100).append("\n\n");
            }
            text.append("- [ ] **").append(severities[i % 4]).append(":** Harden component c").append(i)
                    .append(" against failure mode f").append(i * 7).append(" — Effort: ").append(1 + i % 5).append(" hours\n");
        }
        return text.toString();
    }

    /** {@code app;dur=12.34, cpu;dur=10.20} → {app=12.34, cpu=10.2} */
    private static Map<String, Double> serverTiming(String header) {
        Map<String, Double> metrics = new HashMap<>();
        for (String metric : header.split(",")) {
            String[] parts = metric.trim().split(";dur=");
            metrics.put(parts[0], Double.parseDouble(parts[1]));
        }
        return metrics;
    }

    private static void print(String what, List<Double> millis) {
        System.out.printf(Locale.ROOT, "%-12s median %.1f ms  p90 %.1f ms%n", what, percentile(millis, 50), percentile(millis, 90));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
