package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Server time of the checklist page with 2,000 items (not a unit test: run it by hand, see
 * BENCHMARKS.md). Reads the page's Server-Timing header (handler start to rendered body, including
 * the database reads) and also reports the loopback round trip.
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
            HttpRequest page = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/projects/BENCH")).build();
            for (int i = 0; i < WARMUP; i++) {
                http.send(page, HttpResponse.BodyHandlers.ofString());
            }
            List<Double> server = new ArrayList<>();
            List<Double> roundTrip = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
                roundTrip.add((System.nanoTime() - start) / 1e6);
                server.add(Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow().replace("app;dur=", "")));
                bytes = response.body().length();
            }
            System.out.printf(Locale.ROOT, "checklist page, %d items, %d KB HTML, %d runs after %d warm-up%n",
                    count, bytes / 1024, RUNS, WARMUP);
            System.out.printf(Locale.ROOT, "server time  median %.1f ms  p90 %.1f ms%n", percentile(server, 50), percentile(server, 90));
            System.out.printf(Locale.ROOT, "round trip   median %.1f ms  p90 %.1f ms%n", percentile(roundTrip, 50), percentile(roundTrip, 90));
        }
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

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
