package dev.punchlist.score;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of the README, number for number. */
class ReadinessModelTest {
    private static final int CRITICAL = 8;
    private static final int HIGH = 4;
    private static final int MEDIUM = 2;
    private static final int LOW = 1;

    private long nextId = 1;

    private ScoredItem item(int weight, int phase, String category, String state) {
        boolean done = state.equals("done");
        boolean resolved = done || state.equals("wont_fix");
        return new ScoredItem(nextId++, "item " + nextId, weight, phase, category, done, resolved, 2, 4.0);
    }

    private List<ScoredItem> readmeExample(String thirdHighState) {
        List<ScoredItem> items = new ArrayList<>();
        items.add(item(CRITICAL, 0, "Security", "done"));
        items.add(item(CRITICAL, 0, "Security", "done"));
        items.add(item(HIGH, 1, "Security", "done"));
        items.add(item(HIGH, 1, "Reliability", thirdHighState));
        items.add(item(HIGH, 1, "Reliability", "todo"));
        items.add(item(HIGH, 1, "Reliability", "todo"));
        items.add(item(MEDIUM, 2, "Security", "todo"));
        items.add(item(MEDIUM, 2, "Reliability", "todo"));
        items.add(item(MEDIUM, 2, "Reliability", "todo"));
        items.add(item(LOW, 2, "Security", "todo"));
        items.add(item(LOW, 2, "Reliability", "todo"));
        return items;
    }

    @Test
    void readme_example_scores_86_and_is_staging_ready() {
        Readiness readiness = ReadinessModel.compute(72, Map.of("Security", 45.0, "Reliability", 80.0), readmeExample("todo"));

        assertThat(readiness.totalWeight()).isEqualTo(40);
        assertThat(readiness.doneWeight()).isEqualTo(20);
        assertThat(readiness.score()).isEqualTo(86.0);
        assertThat(readiness.level()).isEqualTo(Level.STAGING_READY);
        assertThat(readiness.contributions()).extracting(Contribution::points).containsExactly(5.6, 5.6, 2.8);
    }

    @Test
    void readme_example_categories_rise_from_their_own_stated_scores() {
        Readiness readiness = ReadinessModel.compute(72, Map.of("Security", 45.0, "Reliability", 80.0), readmeExample("todo"));

        assertThat(readiness.categories()).extracting(CategoryScore::name, CategoryScore::score)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Security", 92.8),
                        org.assertj.core.groups.Tuple.tuple("Reliability", 80.0));
    }

    @Test
    void wont_fix_resolves_the_gate_but_earns_no_points() {
        List<ScoredItem> items = readmeExample("wont_fix");
        items.replaceAll(i -> i.phase() == 1 && !i.resolved()
                ? new ScoredItem(i.id(), i.title(), i.weight(), 1, i.category(), false, true, 2, 4.0) : i);

        Readiness readiness = ReadinessModel.compute(72, Map.of(), items);

        assertThat(readiness.level()).isEqualTo(Level.PRODUCTION_READY);
        assertThat(readiness.score()).isEqualTo(86.0);
    }

    @Test
    void an_open_phase_0_item_keeps_the_project_not_ready_whatever_the_score() {
        List<ScoredItem> items = List.of(item(CRITICAL, 0, null, "todo"), item(LOW, 2, null, "done"));

        Readiness readiness = ReadinessModel.compute(95, Map.of(), items);

        assertThat(readiness.level()).isEqualTo(Level.NOT_READY);
        assertThat(readiness.score()).isEqualTo(95.6);
    }

    @Test
    void a_category_named_differently_in_the_score_table_and_the_sections_is_one_category() {
        java.util.Map<String, Double> stated = new java.util.LinkedHashMap<>();
        stated.put("Backend (FastAPI)", 78.0);
        stated.put("Performance", 80.0);
        stated.put("Backend", 78.0);
        List<ScoredItem> items = List.of(item(HIGH, 1, "BACKEND (FastAPI)", "done"), item(HIGH, 1, "PERFORMANCE & OPTIMIZATION", "todo"),
                item(HIGH, 1, "Data Protection", "todo"), item(HIGH, 1, "Data Pipeline", "todo"));
        Readiness readiness = ReadinessModel.compute(72, stated, items);
        assertThat(readiness.categories()).extracting(CategoryScore::name)
                .containsExactly("Backend (FastAPI)", "Performance", "Data Pipeline", "Data Protection");
        CategoryScore backend = readiness.categories().get(0);
        assertThat(backend.total()).isEqualTo(1);
        assertThat(backend.score()).isEqualTo(100.0);
    }

    @Test
    void an_empty_checklist_is_not_ready_rather_than_hardened() {
        assertThat(ReadinessModel.compute(0, java.util.Map.of(), java.util.List.of()).level()).isEqualTo(Level.NOT_READY);
    }

    @Test
    void everything_done_reaches_100_and_hardened() {
        List<ScoredItem> items = List.of(item(CRITICAL, 0, null, "done"), item(HIGH, 1, null, "done"), item(LOW, 2, null, "done"));

        Readiness readiness = ReadinessModel.compute(0, Map.of(), items);

        assertThat(readiness.score()).isEqualTo(100.0);
        assertThat(readiness.level()).isEqualTo(Level.HARDENED);
    }

    @Test
    void remaining_effort_counts_only_open_items_and_is_open_ended_when_one_is() {
        List<ScoredItem> items = List.of(
                new ScoredItem(1, "a", HIGH, 1, null, false, false, 3, 4.0),
                new ScoredItem(2, "b", HIGH, 1, null, true, true, 8, 8.0),
                new ScoredItem(3, "c", LOW, 2, null, false, false, 20, null));

        Readiness readiness = ReadinessModel.compute(0, Map.of(), items);

        assertThat(readiness.phases().get(1).remainingMin()).isEqualTo(3);
        assertThat(readiness.phases().get(1).remainingMax()).isEqualTo(4.0);
        assertThat(readiness.remainingMin()).isEqualTo(23);
        assertThat(readiness.remainingMax()).isNull();
    }
}
