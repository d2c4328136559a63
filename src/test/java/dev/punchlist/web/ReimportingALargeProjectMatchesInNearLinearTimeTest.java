package dev.punchlist.web;

import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-audit of a 4,000-item project matches each finding to its item through an index, not by comparing every
 * finding with every item on the single writer thread (26–37 s for 4,000 items, every other write waiting).
 */
class ReimportingALargeProjectMatchesInNearLinearTimeTest {
    private static final int FINDINGS = 4_000;
    private static final String[] SYLLABLES = {"ka", "zo", "mir", "tul", "vex", "po", "drin", "sa", "qui", "bel", "nor", "fey"};

    @Test
    void four_thousand_findings_are_matched_to_their_items_within_seconds() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BIG", report("Audit 1"));
            long started = System.nanoTime();

            var again = app.post("/api/v1/projects/BIG/audits", "text/markdown", report("Audit 2")).expect(201).json();

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(again.get("created").size()).isZero();
            assertThat(again.get("matched").size()).isEqualTo(FINDINGS);
            assertThat(millis).as("re-import of %d findings took %d ms", FINDINGS, millis).isLessThan(15_000);
        }
    }

    /** Findings whose titles share no word with each other, so each can only match its own item. */
    private static String report(String title) {
        StringBuilder text = new StringBuilder("# " + title + "\n\n## Findings\n\n");
        for (int i = 0; i < FINDINGS; i++) {
            text.append("- **High:** ").append(word(i, 1)).append(' ').append(word(i, 2)).append(' ').append(word(i, 3)).append('\n');
        }
        return text.toString();
    }

    private static String word(int i, int k) {
        int n = i * 3 + k;
        StringBuilder w = new StringBuilder();
        do {
            w.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return w.append("x").toString();
    }
}
