package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemFilter;
import dev.punchlist.testing.TestApp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small reports and a project to try the pages on. */
final class PageFixture {
    static final String KEY = "SHOP";
    static final String REPORT = """
            # Shop audit

            Overall score: 40/100

            ## Security

            - [ ] **Critical:** Rotate the leaked database password — Effort: 2 hours
            - [ ] **High:** Add rate limiting to the login form — Effort: 3-4 hours
            - [ ] **Medium:** Send security headers on every response — Effort: 1 hour
            """;
    static final String REAUDIT = """
            # Shop audit, second round

            ## Security

            - [ ] **Critical:** Rotate the leaked database password — Effort: 2 hours
            - [ ] **Low:** Document the on-call rota — Effort: 1 hour
            """;

    private PageFixture() {
    }

    static void project(TestApp app) {
        app.app().projects().create(KEY, "Web shop", null);
    }

    static List<Item> imported(TestApp app) {
        project(app);
        app.app().importer().importReport(KEY, REPORT.getBytes(StandardCharsets.UTF_8), Actor.user("tester"));
        return app.app().items().all(KEY, ItemFilter.ALL);
    }
}
