package dev.punchlist.web.pages;

import dev.punchlist.plan.Pace;
import dev.punchlist.score.Level;
import dev.punchlist.score.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 5: the score axis spans the scores reached, the time axis carries dates, the burn-down its unit and finish. */
class ChartsFitTheirDataTest {
    private static Snapshot at(String when, double score) {
        return new Snapshot(Instant.parse(when), score, Level.NOT_READY, 0, null, "test");
    }

    @Test
    void the_score_axis_spans_the_scores_reached_and_the_time_axis_carries_dates() {
        Charts.Chart chart = Charts.score(List.of(at("2026-11-01T09:00:00Z", 42), at("2026-11-10T09:00:00Z", 51)),
                Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(chart.yTicks()).extracting(Charts.Tick::label).containsExactly("40", "45", "50", "55", "60");
        assertThat(chart.xTicks()).extracting(Charts.Tick::label).containsExactly("Nov 1", "Nov 6", "Nov 11", "Nov 16", "Nov 21");
    }

    @Test
    void a_score_history_of_one_afternoon_reads_in_hours() {
        Charts.Chart chart = Charts.score(List.of(at("2026-11-01T12:00:00Z", 0)), Instant.parse("2026-11-01T16:00:00Z"));
        assertThat(chart.yTicks()).extracting(Charts.Tick::label).containsExactly("0", "5", "10", "15", "20");
        assertThat(chart.xTicks()).extracting(Charts.Tick::label).first().isEqualTo("Nov 1 12:00");
    }

    @Test
    void the_burn_down_labels_hours_and_runs_on_dashed_to_the_projected_finish() {
        List<Pace.BurnPoint> burn = List.of(new Pace.BurnPoint(LocalDate.parse("2026-11-01"), 8, 4, 0),
                new Pace.BurnPoint(LocalDate.parse("2026-11-05"), 4, 4, 0));
        Pace.Forecast forecast = new Pace.Forecast(1, 4, List.of(new Pace.PhaseForecast(0, 4, LocalDate.parse("2026-11-09")),
                new Pace.PhaseForecast(1, 4, LocalDate.parse("2026-11-13")), new Pace.PhaseForecast(2, 0, LocalDate.parse("2026-11-05"))),
                4, true);

        Charts.Chart chart = Charts.burndown(burn, forecast);

        assertThat(chart.yTicks()).extracting(Charts.Tick::label).containsExactly("0 h", "2.5 h", "5 h", "7.5 h", "10 h");
        assertThat(chart.finish()).isEqualTo(LocalDate.parse("2026-11-13"));
        assertThat(chart.xTicks()).extracting(Charts.Tick::label).endsWith("Nov 13");
        assertThat(chart.projected()).extracting(Charts.Series::name)
                .containsExactly("Phase 0 at the current pace", "Phase 1 at the current pace");
    }

    @Test
    void without_enough_history_the_burn_down_projects_nothing() {
        List<Pace.BurnPoint> burn = List.of(new Pace.BurnPoint(LocalDate.parse("2026-11-05"), 4, 0, 0));
        Pace.Forecast young = new Pace.Forecast(0, 0, List.of(new Pace.PhaseForecast(0, 4, null),
                new Pace.PhaseForecast(1, 0, null), new Pace.PhaseForecast(2, 0, null)), 1, false);
        Charts.Chart chart = Charts.burndown(burn, young);
        assertThat(chart.finish()).isNull();
        assertThat(chart.projected()).isEmpty();
    }
}
