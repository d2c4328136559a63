package dev.punchlist.web.pages;

import dev.punchlist.plan.Pace;
import dev.punchlist.score.Snapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
    /** Date labels along the time axis, first and last included: enough to read a date off, few enough not to collide. */
    static final int X_TICKS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Charts() {
    }

    /**
     * A drawn chart: its lines, the axis labels and the axis' unit.
     *
     * @param projected dashed lines that continue the data at the current pace; {@code finish} is where they end
     */
    record Chart(int width, int height, List<Series> series, List<Series> projected, List<Tick> yTicks, List<Tick> xTicks,
                 String unit, LocalDate finish, boolean empty) {
    }

    /** One line; {@code css} picks its colour in the stylesheet. */
    record Series(String name, String css, String points) {
    }

    /** @param at the coordinate along its axis */
    record Tick(double at, String label) {
    }

    /** The score as a step line; the axis spans the scores reached (a multiple of 20 points), not always 0–100. */
    static Chart score(List<Snapshot> history, Instant now) {
        if (history.isEmpty()) {
            return new Chart(WIDTH, HEIGHT, List.of(), List.of(), yTicks(0, 100, ""), List.of(), "score", null, true);
        }
        double low = history.stream().mapToDouble(Snapshot::score).min().orElse(0);
        double high = history.stream().mapToDouble(Snapshot::score).max().orElse(100);
        double bottom = Math.max(0, Math.floor((low - 2) / 10) * 10);
        double top = Math.min(100, Math.ceil((high + 2) / 10) * 10);
        // a multiple of 20 points, so the five labels are round (every 5, 10, …)
        double range = Math.max(20, Math.ceil((top - bottom) / 20) * 20);
        top = Math.min(100, bottom + range);
        bottom = top - range;
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
            lastY = y((s.score() - bottom) / (top - bottom));
            points.append(fmt(x)).append(',').append(fmt(lastY)).append(' ');
        }
        points.append(fmt(x(1))).append(',').append(fmt(lastY));
        return new Chart(WIDTH, HEIGHT, List.of(new Series("Score", "line-score", points.toString())), List.of(),
                yTicks(bottom, top, ""), timeTicks(start, now), "score", null, false);
    }

    /**
     * Remaining hours per phase by day; with a forecast, each unfinished phase continues as a dashed line to zero
     * on its expected day, and the axis runs on to the last of them.
     */
    static Chart burndown(List<Pace.BurnPoint> points, Pace.Forecast forecast) {
        double max = points.stream().mapToDouble(p -> Math.max(p.phase0(), Math.max(p.phase1(), p.phase2()))).max().orElse(0);
        double top = niceCeiling(max);
        if (points.isEmpty() || max == 0) {
            return new Chart(WIDTH, HEIGHT, List.of(), List.of(), yTicks(0, Math.max(top, 1), " h"), List.of(), "hours", null,
                    points.isEmpty());
        }
        LocalDate first = points.get(0).day();
        LocalDate today = points.get(points.size() - 1).day();
        LocalDate finish = finish(forecast, today);
        LocalDate end = finish == null ? today : finish;
        double days = Math.max(1, ChronoUnit.DAYS.between(first, end));
        List<Series> series = new ArrayList<>();
        List<Series> projected = new ArrayList<>();
        for (int phase = 0; phase <= 2; phase++) {
            StringBuilder line = new StringBuilder();
            for (Pace.BurnPoint p : points) {
                double x = x(points.size() == 1 && finish == null ? 1 : ChronoUnit.DAYS.between(first, p.day()) / days);
                line.append(fmt(x)).append(',').append(fmt(y(p.phase(phase) / top))).append(' ');
            }
            series.add(new Series("Phase " + phase, "line-phase" + phase, line.toString().trim()));
            Pace.PhaseForecast f = forecast.phases().get(phase);
            if (finish != null && f.remaining() > 0 && f.date() != null) {
                double fromX = x(ChronoUnit.DAYS.between(first, today) / days);
                double toX = x(ChronoUnit.DAYS.between(first, f.date()) / days);
                projected.add(new Series("Phase " + phase + " at the current pace", "line-phase" + phase + " projected",
                        fmt(fromX) + "," + fmt(y(points.get(points.size() - 1).phase(phase) / top)) + " " + fmt(toX) + "," + fmt(y(0))));
            }
        }
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = end.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Chart(WIDTH, HEIGHT, series, projected, yTicks(0, top, " h"), timeTicks(from, to), "hours", finish, false);
    }

    /** The day the last unfinished phase is expected done, or {@code null} without a pace (or with nothing left). */
    private static LocalDate finish(Pace.Forecast forecast, LocalDate today) {
        if (forecast == null || !forecast.enoughHistory() || !forecast.hasPace()) {
            return null;
        }
        return forecast.phases().stream().filter(f -> f.remaining() > 0).map(Pace.PhaseForecast::date)
                .filter(d -> d != null && d.isAfter(today)).max(LocalDate::compareTo).orElse(null);
    }

    private static List<Tick> yTicks(double bottom, double top, String unit) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = bottom + (top - bottom) * i / 4;
            ticks.add(new Tick(y((double) i / 4), (value == Math.rint(value) ? String.valueOf((long) value) : fmt(value)) + unit));
        }
        return ticks;
    }

    /** {@link #X_TICKS} dates evenly along the axis; hours too when the whole span is under two days. */
    private static List<Tick> timeTicks(Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).getSeconds());
        DateTimeFormatter format = seconds < 2 * 86_400 ? HOUR : DAY;
        if (seconds == 0) {
            return List.of(new Tick(x(1), format.format(to)));
        }
        List<Tick> ticks = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < X_TICKS; i++) {
            double fraction = (double) i / (X_TICKS - 1);
            String label = format.format(from.plusSeconds(Math.round(seconds * fraction)));
            if (!label.equals(previous)) {
                ticks.add(new Tick(x(fraction), label));
            }
            previous = label;
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

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
