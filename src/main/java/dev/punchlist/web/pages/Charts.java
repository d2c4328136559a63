package dev.punchlist.web.pages;

import dev.punchlist.plan.Pace;
import dev.punchlist.score.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Server-side chart geometry: the templates draw it as inline SVG, so the pages need no chart script.
 * Coordinates are in a fixed viewBox; CSS scales the SVG to the screen.
 */
final class Charts {
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    private Charts() {
    }

    /** A drawn chart: its lines and the axis labels. */
    record Chart(int width, int height, List<Series> series, List<Tick> yTicks, List<Tick> xTicks, boolean empty) {
    }

    /** One line; {@code css} picks its colour in the stylesheet. */
    record Series(String name, String css, String points) {
    }

    /** @param at the coordinate along its axis */
    record Tick(double at, String label) {
    }

    static Chart score(List<Snapshot> history, Instant now) {
        if (history.isEmpty()) {
            return new Chart(WIDTH, HEIGHT, List.of(), yTicks(100), List.of(), true);
        }
        Instant start = history.get(0).at();
        double span = Math.max(1, now.getEpochSecond() - start.getEpochSecond());
        StringBuilder points = new StringBuilder();
        double lastY = 0;
        for (Snapshot s : history) {
            // a step line: the score holds until the next snapshot changes it
            double x = x((s.at().getEpochSecond() - start.getEpochSecond()) / span);
            if (points.length() > 0) {
                points.append(fmt(x)).append(',').append(fmt(lastY)).append(' ');
            }
            lastY = y(s.score() / 100);
            points.append(fmt(x)).append(',').append(fmt(lastY)).append(' ');
        }
        points.append(fmt(x(1))).append(',').append(fmt(lastY));
        List<Tick> xTicks = List.of(new Tick(x(0), day(start)), new Tick(x(1), day(now)));
        return new Chart(WIDTH, HEIGHT, List.of(new Series("Score", "line-score", points.toString())), yTicks(100), xTicks, false);
    }

    static Chart burndown(List<Pace.BurnPoint> points) {
        double max = points.stream().mapToDouble(p -> Math.max(p.phase0(), Math.max(p.phase1(), p.phase2()))).max().orElse(0);
        double top = niceCeiling(max);
        if (points.isEmpty() || max == 0) {
            return new Chart(WIDTH, HEIGHT, List.of(), yTicks(Math.max(top, 1)), List.of(), points.isEmpty());
        }
        List<Series> series = new ArrayList<>();
        for (int phase = 0; phase <= 2; phase++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = x(points.size() == 1 ? 1 : (double) i / (points.size() - 1));
                line.append(fmt(x)).append(',').append(fmt(y(points.get(i).phase(phase) / top))).append(' ');
            }
            series.add(new Series("Phase " + phase, "line-phase" + phase, line.toString().trim()));
        }
        List<Tick> xTicks = List.of(new Tick(x(0), points.get(0).day().toString()),
                new Tick(x(1), points.get(points.size() - 1).day().toString()));
        return new Chart(WIDTH, HEIGHT, series, yTicks(top), xTicks, false);
    }

    private static List<Tick> yTicks(double top) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            ticks.add(new Tick(y((double) i / 4), value == Math.rint(value) ? String.valueOf((long) value) : fmt(value)));
        }
        return ticks;
    }

    /** 1, 2, 5 × 10ⁿ at or above {@code value}, so axis labels are round numbers. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double x(double fraction) {
        return LEFT + fraction * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double fraction) {
        return TOP + (1 - fraction) * (HEIGHT - TOP - BOTTOM);
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
