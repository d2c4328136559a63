package dev.punchlist.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.punchlist.store.schema.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Concurrent writes may share one transaction; a write that fails undoes only what it wrote, its caller gets
 * the failure, and every other write of the same moment is committed when its caller returns.
 */
class FailedWritesUndoOnlyThemselvesTest {
    private static final int WRITERS = 24;

    @TempDir
    Path dir;

    @Test
    void among_many_simultaneous_writes_only_the_failing_ones_leave_nothing_behind() throws Exception {
        try (Database database = Database.open(dir.resolve("writes.db"))) {
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        database.write(db -> {
                            insertProject(db, "P" + n);
                            if (n % 3 == 0) {
                                throw new IllegalStateException("write " + n + " fails after inserting");
                            }
                            return null;
                        });
                        return "committed";
                    } catch (IllegalStateException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> keysSeenByCommittedCallers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String outcome = outcomes.get(i).get();
                if (i % 3 == 0) {
                    assertThat(outcome).isEqualTo("write " + i + " fails after inserting");
                } else {
                    assertThat(outcome).isEqualTo("committed");
                    keysSeenByCommittedCallers.add("P" + i);
                }
            }
            pool.shutdown();

            List<String> stored = database.read(db -> db.select(PROJECT.KEY).from(PROJECT).fetch(PROJECT.KEY));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(keysSeenByCommittedCallers);
        }
    }

    @Test
    void a_write_that_breaks_a_constraint_reports_it_and_the_next_write_works() {
        try (Database database = Database.open(dir.resolve("constraint.db"))) {
            database.write(db -> insertProject(db, "DUP"));
            assertThatThrownBy(() -> database.write(db -> insertProject(db, "DUP")))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
            database.write(db -> insertProject(db, "NEXT"));
            int count = database.read(db -> db.fetchCount(PROJECT));
            assertThat(count).isEqualTo(2);
        }
    }

    private static int insertProject(org.jooq.DSLContext db, String key) {
        LocalDateTime now = LocalDateTime.now();
        return db.insertInto(PROJECT).set(PROJECT.KEY, key).set(PROJECT.NAME, key).set(PROJECT.SETTINGS, "{}")
                .set(PROJECT.CREATED_AT, now).set(PROJECT.UPDATED_AT, now).execute();
    }
}
