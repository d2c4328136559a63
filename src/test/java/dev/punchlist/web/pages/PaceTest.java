package dev.punchlist.web.pages;

import dev.punchlist.plan.EffortRange;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.Pace;
import dev.punchlist.plan.Severity;
import dev.punchlist.plan.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTest {
    private static final Instant NOW = Instant.parse("2025-03-20T10:00:00Z");

    private static Item item(int phase, double hours, Status status, Instant created, Instant resolved) {
        return new Item(1, 1, null, 1, "t", null, null, Severity.HIGH, phase, Item.PhaseSource.SEVERITY,
                new EffortRange(hours, hours), true, null, status, null, null, null, null, false, 1, null, created, created, resolved);
    }

    @Test
    void forecast_divides_remaining_effort_of_the_phase_and_those_before_it_by_the_fourteen_day_pace() {
        Instant weekAgo = NOW.minus(7, ChronoUnit.DAYS);
        Instant monthAgo = NOW.minus(30, ChronoUnit.DAYS);
        var forecast = Pace.forecast(java.util.List.of(
                item(0, 14, Status.DONE, monthAgo, weekAgo),   // 14 h in 14 days: 1 h per day
                item(0, 3, Status.TODO, monthAgo, null),
                item(1, 2, Status.TODO, monthAgo, null)), NOW);
        assertThat(forecast.perDay()).isEqualTo(1.0);
        assertThat(forecast.phases().get(0).date()).isEqualTo(LocalDate.parse("2025-03-23"));
        assertThat(forecast.phases().get(1).date()).isEqualTo(LocalDate.parse("2025-03-25"));
        assertThat(forecast.phases().get(2).remaining()).isZero();
    }

    @Test
    void a_project_younger_than_the_window_measures_its_pace_over_its_own_age() {
        Instant fourDaysAgo = NOW.minus(4, ChronoUnit.DAYS);
        var forecast = Pace.forecast(java.util.List.of(item(0, 8, Status.DONE, fourDaysAgo, NOW.minus(1, ChronoUnit.DAYS)),
                item(0, 4, Status.TODO, fourDaysAgo, null)), NOW);
        assertThat(forecast.windowDays()).isEqualTo(4);
        assertThat(forecast.perDay()).isEqualTo(2.0);
        assertThat(forecast.phases().get(0).date()).isEqualTo(LocalDate.parse("2025-03-22"));
    }

    @Test
    void a_project_of_one_day_has_not_enough_history_for_a_date() {
        Instant yesterday = NOW.minus(1, ChronoUnit.DAYS);
        var forecast = Pace.forecast(java.util.List.of(item(0, 8, Status.DONE, yesterday, NOW),
                item(1, 400, Status.TODO, yesterday, null)), NOW);
        assertThat(forecast.enoughHistory()).isFalse();
        assertThat(forecast.phases().get(1).date()).isNull();
    }

    @Test
    void without_finished_work_there_is_no_pace_and_no_date() {
        var forecast = Pace.forecast(java.util.List.of(item(0, 3, Status.TODO, NOW, null)), NOW);
        assertThat(forecast.hasPace()).isFalse();
        assertThat(forecast.phases().get(0).date()).isNull();
    }

    @Test
    void the_burn_down_replays_creation_and_resolution_per_day() {
        Instant twoDaysAgo = NOW.minus(2, ChronoUnit.DAYS);
        var points = Pace.burndown(java.util.List.of(item(0, 4, Status.DONE, twoDaysAgo, NOW.minus(1, ChronoUnit.DAYS)),
                item(2, 1, Status.TODO, twoDaysAgo, null)), NOW);
        assertThat(points).hasSize(3);
        assertThat(points.get(0).phase0()).isEqualTo(4);
        assertThat(points.get(1).phase0()).isZero();
        assertThat(points.get(2).phase2()).isEqualTo(1);
    }
}
