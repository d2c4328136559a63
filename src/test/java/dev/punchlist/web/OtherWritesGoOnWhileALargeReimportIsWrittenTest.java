package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.plan.Actor;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.ITEM_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-import of a project of thousands of items is written in short transactions, so a change someone makes
 * meanwhile commits in between instead of waiting for the whole import (which held the single writer for tens of
 * seconds), and neither loses anything.
 */
class OtherWritesGoOnWhileALargeReimportIsWrittenTest {
    private static final int FINDINGS = 5_000;
    private static final String[] SYLLABLES = {"ka", "zo", "mir", "tul", "vex", "po", "drin", "sa", "qui", "bel", "nor", "fey"};

    @Test
    void a_change_made_during_a_five_thousand_finding_reimport_commits_before_the_import_ends_and_both_are_kept() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("BIG", report(false));
            JsonNode first = app.get("/api/v1/projects/BIG/items?limit=1").expect(200).json().get("items").get(0);

            CompletableFuture<TestApp.Response> reimport = CompletableFuture.supplyAsync(
                    () -> app.post("/api/v1/projects/BIG/audits", "text/markdown", report(true)));
            while (app.get("/api/v1/projects/BIG/audits").json().get("audits").size() < 2 && !reimport.isDone()) {
                Thread.onSpinWait();
            }
            app.patchJson("/api/v1/items/" + first.get("id").asLong(), "{\"status\":\"in_progress\"}",
                    "If-Match", "\"" + first.get("version").asInt() + "\"").expect(200);
            JsonNode imported = reimport.join().expect(201).json();

            long change = app.database().read(db -> db.select(ITEM_HISTORY.ID).from(ITEM_HISTORY)
                    .where(ITEM_HISTORY.ITEM_ID.eq(first.get("id").asLong())).and(ITEM_HISTORY.FIELD.eq("status")).fetchOne(0, Long.class));
            long importsLast = app.database().read(db -> db.select(org.jooq.impl.DSL.max(ITEM_HISTORY.ID)).from(ITEM_HISTORY)
                    .where(ITEM_HISTORY.SOURCE.eq(Actor.IMPORT)).fetchOne(0, Long.class));
            assertThat(change).as("the change committed while the import was still being written").isLessThan(importsLast);
            assertThat(imported.get("matched").size()).isEqualTo(4_000);
            assertThat(imported.get("created").size()).isEqualTo(1_000);
            int items = app.database().read(db -> db.fetchCount(ITEM));
            assertThat(items).isEqualTo(FINDINGS);
            assertThat(app.get("/api/v1/items/" + first.get("id").asLong()).json().get("status").asText()).isEqualTo("in_progress");
        }
    }

    /** Findings whose titles share no word with each other; the first audit lacks every fifth, the re-audit adds them. */
    private static String report(boolean reaudit) {
        StringBuilder text = new StringBuilder("# Audit " + (reaudit ? 2 : 1) + "\n\n## Findings\n\n");
        for (int i = 0; i < FINDINGS; i++) {
            if (reaudit || i % 5 != 4) {
                text.append("- **High:** ").append(word(i, 1)).append(' ').append(word(i, 2)).append(' ').append(word(i, 3)).append('\n');
            }
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
