package dev.punchlist.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's pace and what it predicts. Pace is the effort (lower estimate, hours) of items done in
 * the last {@link #WINDOW_DAYS} days, per day. Phases are worked in gate order, so a phase's
 * forecast is the remaining effort of that phase and every earlier one, divided by the pace.
 */
public final class Pace {
    public static final int WINDOW_DAYS = 14;
    public static final int MAX_BURNDOWN_DAYS = 60;
    /** Younger than this, a project's pace says little: the page says "not enough history yet" instead of a date. */
    public static final int MIN_HISTORY_DAYS = 3;

    private Pace() {
    }

    /**
     * The window is the project's real age when it is younger than {@link #WINDOW_DAYS} (age counts from its
     * first item): a one-day-old project that finished 8 hours works at 8 hours a day, not 8/14.
     */
    public static Forecast forecast(List<Item> items, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant first = items.stream().map(Item::createdAt).min(Instant::compareTo).orElse(now);
        double ageDays = java.time.Duration.between(first, now).toMinutes() / 1440.0;
        int windowDays = (int) Math.max(1, Math.min(WINDOW_DAYS, Math.ceil(ageDays)));
        Instant windowStart = now.minusSeconds(windowDays * 86_400L);
        double finished = items.stream()
                .filter(i -> i.status() == Status.DONE && i.resolvedAt() != null && !i.resolvedAt().isBefore(windowStart))
                .mapToDouble(i -> i.effort().min()).sum();
        boolean enoughHistory = ageDays >= MIN_HISTORY_DAYS;
        double perDay = enoughHistory ? finished / windowDays : 0;
        List<PhaseForecast> phases = new ArrayList<>();
        double before = 0;
        for (int phase = 0; phase <= 2; phase++) {
            int p = phase;
            double remaining = items.stream().filter(i -> i.phase() == p && !i.status().resolved())
                    .mapToDouble(i -> i.effort().min()).sum();
            double cumulative = before + remaining;
            LocalDate date = remaining == 0 ? today
                    : perDay == 0 ? null : today.plusDays((long) Math.ceil(cumulative / perDay));
            phases.add(new PhaseForecast(phase, remaining, date));
            before = cumulative;
        }
        return new Forecast(perDay, finished, List.copyOf(phases), windowDays, enoughHistory);
    }

    /**
     * Remaining effort per phase at the end of each day, from the first item's creation (at most
     * {@link #MAX_BURNDOWN_DAYS} back) to today. It replays creation and resolution times with each
     * item's current phase and estimate, so moves between phases show as if they had always been so.
     */
    public static List<BurnPoint> burndown(List<Item> items, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = items.stream().map(i -> LocalDate.ofInstant(i.createdAt(), ZoneOffset.UTC))
                .min(LocalDate::compareTo).orElse(today);
        if (first.isBefore(today.minusDays(MAX_BURNDOWN_DAYS))) {
            first = today.minusDays(MAX_BURNDOWN_DAYS);
        }
        List<BurnPoint> points = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            double[] remaining = new double[3];
            for (Item item : items) {
                boolean existed = item.createdAt().isBefore(end);
                boolean resolvedBy = item.status().resolved() && item.resolvedAt() != null && item.resolvedAt().isBefore(end);
                if (existed && !resolvedBy) {
                    remaining[item.phase()] += item.effort().min();
                }
            }
            points.add(new BurnPoint(day, remaining[0], remaining[1], remaining[2]));
        }
        return points;
    }

    /**
     * @param perDay        hours finished per day over the window; 0 means "no pace yet"
     * @param windowDays    the days the pace was measured over: {@link #WINDOW_DAYS}, or the project's age when younger
     * @param enoughHistory the project is at least {@link #MIN_HISTORY_DAYS} days old; before that there is no pace
     */
    public record Forecast(double perDay, double finishedInWindow, List<PhaseForecast> phases, int windowDays,
                           boolean enoughHistory) {
        public boolean hasPace() {
            return perDay > 0;
        }
    }

    /** @param date when the phase's gate is expected to be met; {@code null} without a pace */
    public record PhaseForecast(int phase, double remaining, LocalDate date) {
    }

    public record BurnPoint(LocalDate day, double phase0, double phase1, double phase2) {
        public double phase(int phase) {
            return phase == 0 ? phase0 : phase == 1 ? phase1 : phase2;
        }
    }
}
