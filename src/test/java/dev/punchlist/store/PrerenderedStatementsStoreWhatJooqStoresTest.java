package dev.punchlist.store;

import dev.punchlist.store.schema.tables.records.ItemRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static dev.punchlist.store.schema.Tables.ITEM;
import static dev.punchlist.store.schema.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hot-path statements run on plain JDBC, yet a row they write reads back through jOOQ exactly as if jOOQ had
 * written it (same stored text, so ordering and comparisons in SQL agree), and a row jOOQ wrote reads back through
 * them as jOOQ reads it: timestamps cut to the column's precision, dates, booleans, nulls.
 */
class PrerenderedStatementsStoreWhatJooqStoresTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 23, 3, 30, 46, 764_745_348);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    /** Trailing zeros in the fraction, which the stored text drops. */
    private static final LocalDateTime LATER = LocalDateTime.of(2026, 11, 24, 9, 0, 0, 120_000_000);
    private static final LocalDate LATER_DUE = LocalDate.of(2027, 1, 15);
    private static final Prerendered BY_ID = Prerendered.of(db -> db.select(ITEM.fields()).from(ITEM)
            .where(ITEM.ID.eq(DSL.param("id", ITEM.ID))));
    private static final Prerendered CHANGE = Prerendered.of(db -> db.update(ITEM)
            .set(ITEM.DUE_DATE, DSL.param("due", ITEM.DUE_DATE)).set(ITEM.RESOLVED_AT, DSL.param("resolved", ITEM.RESOLVED_AT))
            .set(ITEM.EFFORT_STATED, DSL.param("stated", ITEM.EFFORT_STATED)).set(ITEM.ASSIGNEE, DSL.param("assignee", ITEM.ASSIGNEE))
            .where(ITEM.ID.eq(DSL.param("id", ITEM.ID))));

    @TempDir
    Path dir;

    @Test
    void a_row_written_by_jooq_reads_back_unchanged_on_the_writer_and_on_a_reader() {
        try (Database database = Database.open(dir.resolve("read.db"))) {
            long id = database.write(db -> insertItem(db, "written by jOOQ"));
            ItemRecord byJooq = database.read(db -> db.fetchSingle(ITEM, ITEM.ID.eq(id)));

            ItemRecord onWriter = database.write(db -> BY_ID.fetchOptional(db, ItemRecord::new, id).orElseThrow());
            ItemRecord onReader = database.read(db -> BY_ID.fetchOptional(db, ItemRecord::new, id).orElseThrow());

            assertThat(onWriter.intoMap()).isEqualTo(byJooq.intoMap());
            assertThat(onReader.intoMap()).isEqualTo(byJooq.intoMap());
            assertThat(onWriter.getResolvedAt()).as("cut to the column's milliseconds, as jOOQ reads it").isEqualTo(WHEN.withNano(764_000_000));
            assertThat(onWriter.getDueDate()).isEqualTo(DUE);
            assertThat(onWriter.changed()).as("a fetched row has no pending changes").isFalse();
            Optional<ItemRecord> missing = database.write(db -> BY_ID.fetchOptional(db, ItemRecord::new, id + 1000));
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void values_written_by_a_prerendered_statement_are_stored_as_jooq_stores_them() {
        try (Database database = Database.open(dir.resolve("write.db"))) {
            long byJooq = database.write(db -> insertItem(db, "jOOQ"));
            long byStatement = database.write(db -> insertItem(db, "statement"));
            database.write(db -> db.update(ITEM).set(ITEM.DUE_DATE, LATER_DUE).set(ITEM.RESOLVED_AT, LATER).set(ITEM.EFFORT_STATED, false)
                    .set(ITEM.ASSIGNEE, (String) null).where(ITEM.ID.eq(byJooq)).execute());
            database.write(db -> CHANGE.execute(db, LATER_DUE, LATER, false, null, byStatement));

            List<List<Object>> stored = database.read(db -> db.resultQuery(
                    "select due_date, typeof(due_date), resolved_at, typeof(resolved_at), effort_stated, typeof(effort_stated), "
                            + "typeof(assignee) from item order by id").fetch(row -> List.of(row.intoArray())));
            assertThat(stored.get(1)).isEqualTo(stored.get(0));

            ItemRecord back = database.read(db -> db.fetchSingle(ITEM, ITEM.ID.eq(byStatement)));
            assertThat(back.getResolvedAt()).isEqualTo(LATER);
            assertThat(back.getDueDate()).isEqualTo(LATER_DUE);
            assertThat(back.getEffortStated()).isFalse();
            assertThat(back.getAssignee()).isNull();
        }
    }

    @Test
    void the_wrong_number_of_values_is_refused_before_anything_runs() {
        try (Database database = Database.open(dir.resolve("count.db"))) {
            long id = database.write(db -> insertItem(db, "kept"));
            assertThatThrownBy(() -> database.write(db -> CHANGE.execute(db, LATER_DUE, LATER, id)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 5 values, got 3");
            assertThat(database.read(db -> db.fetchSingle(ITEM, ITEM.ID.eq(id))).getDueDate()).isEqualTo(DUE);
        }
    }

    private static long insertItem(DSLContext db, String title) {
        Long project = db.select(PROJECT.ID).from(PROJECT).where(PROJECT.KEY.eq("P")).fetchOptional(PROJECT.ID).orElseGet(() ->
                db.insertInto(PROJECT).set(PROJECT.KEY, "P").set(PROJECT.NAME, "P").set(PROJECT.SETTINGS, "{}")
                        .set(PROJECT.CREATED_AT, WHEN).set(PROJECT.UPDATED_AT, WHEN).returning(PROJECT.ID).fetchSingle(PROJECT.ID));
        return db.insertInto(ITEM).set(ITEM.PROJECT_ID, project).set(ITEM.POSITION, 1).set(ITEM.TITLE, title)
                .set(ITEM.SEVERITY, "high").set(ITEM.PHASE, 1).set(ITEM.PHASE_SOURCE, "severity").set(ITEM.EFFORT_MIN, 1.5)
                .set(ITEM.EFFORT_MAX, 2.0).set(ITEM.EFFORT_STATED, true).set(ITEM.STATUS, "todo").set(ITEM.FINGERPRINT, title)
                .set(ITEM.NOT_IN_LATEST, false).set(ITEM.VERSION, 1).set(ITEM.ASSIGNEE, "ana").set(ITEM.DUE_DATE, DUE)
                .set(ITEM.CREATED_AT, WHEN).set(ITEM.UPDATED_AT, WHEN).set(ITEM.RESOLVED_AT, WHEN)
                .returning(ITEM.ID).fetchSingle(ITEM.ID);
    }
}
