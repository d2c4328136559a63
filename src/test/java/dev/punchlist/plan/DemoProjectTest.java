package dev.punchlist.plan;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProjectTest {
    @Test
    void an_empty_database_gets_a_demo_project_from_the_baseline_checklist_once() {
        try (TestApp test = TestApp.start()) {
            var app = test.app();

            assertThat(Demo.createIfEmpty(app.projects(), app.importer(), app.items())).isTrue();
            assertThat(Demo.createIfEmpty(app.projects(), app.importer(), app.items())).isFalse();

            var items = app.items().all(Demo.KEY, ItemFilter.ALL);
            assertThat(items).hasSizeGreaterThanOrEqualTo(15);
            assertThat(items).extracting(Item::severity).contains(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
            assertThat(items).anyMatch(i -> i.status() == Status.DONE);
            assertThat(app.readiness().current(Demo.KEY).score()).isGreaterThan(0);
        }
    }
}
