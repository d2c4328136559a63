package dev.punchlist.store;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot path writes and reads timestamps without {@code java.sql.Timestamp}, yet in exactly its text form, which
 * is what jOOQ stores in SQLite: the same text for every instant, and every such text read back to the same instant.
 */
class TimestampsKeepJooqsTextFormTest {
    @Test
    void every_instant_is_written_as_jdbc_writes_it_and_read_back_unchanged() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.of(1970 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos(random));
            String text = SqliteTime.format(time);
            assertThat(text).isEqualTo(Timestamp.valueOf(time).toString());
            assertThat(SqliteTime.parse(text)).isEqualTo(time);
        }
    }

    @Test
    void texts_in_other_layouts_are_still_read() {
        assertThat(SqliteTime.parse("2026-11-23 03:30:46")).isEqualTo(LocalDateTime.of(2026, 11, 23, 3, 30, 46));
        assertThat(SqliteTime.parse("2026-1-3 03:30:46.5")).isEqualTo(LocalDateTime.of(2026, 1, 3, 3, 30, 46, 500_000_000));
        assertThat(SqliteTime.parse("2026-11-23 03:30:46.000000001")).isEqualTo(LocalDateTime.of(2026, 11, 23, 3, 30, 46, 1));
    }

    /** Whole seconds, milliseconds, microseconds and nanoseconds, as clocks produce them. */
    private static int nanos(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
