package dev.punchlist.store;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import dev.punchlist.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database file refuses writes, callers get 503 problem+json saying why and {@code /ready} is 503; once
 * the cause is gone, writes and readiness come back without a restart. SQLite itself makes the faults: a page
 * limit is the "disk full" it reports when the disk is full, {@code query_only} the "read-only" of a read-only file.
 */
class WritesComeBackAfterTheDiskRefusedThemTest {
    private final AtomicBoolean readOnly = new AtomicBoolean();
    private final TestApp app = TestApp.startWithWriterSetup(connection -> {
        if (readOnly.get()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("PRAGMA query_only = 1");
            }
        }
    });
    private final String path;

    WritesComeBackAfterTheDiskRefusedThemTest() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        path = "/api/v1/items/" + app.get("/api/v1/projects/PAY/items").json().at("/items/0/id").asLong();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_full_disk_is_a_503_that_says_so_and_the_next_write_after_it_lands() {
        app.database().write(db -> db.execute("PRAGMA max_page_count = " + db.fetchValue("PRAGMA page_count")));

        TestApp.Response refused = app.patchJson(path, "{\"notes\":\"" + "n".repeat(20_000) + "\",\"version\":1}");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("the database cannot be written: disk full");
        assertThat(app.get(path).json().get("version").asInt()).isEqualTo(1);
        app.patchJson(path, "{\"notes\":\"" + "n".repeat(20_000) + "\",\"version\":1}").expect(200);
        assertThat(app.get("/ready").status()).isEqualTo(200);
    }

    @Test
    void reads_keep_answering_while_writes_fail_even_a_tokens_first_use() {
        String fresh = app.apiToken(Role.VIEWER); // never used: its first use records the time
        readOnly.set(true);
        app.database().write(db -> db.execute("PRAGMA query_only = 1"));

        var items = app.send(app.request("/api/v1/projects/PAY/items").header("Authorization", "Bearer " + fresh).GET());

        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(app.get(path).status()).isEqualTo(200);
        assertThat(app.get("/projects/PAY").status()).isEqualTo(200);
    }

    @Test
    void while_the_file_is_read_only_writes_and_ready_answer_503_and_both_recover_when_it_is_writable() {
        readOnly.set(true);
        app.database().write(db -> db.execute("PRAGMA query_only = 1"));

        TestApp.Response refused = app.patchJson(path, "{\"notes\":\"first\",\"version\":1}").expect(503);
        assertThat(refused.json().get("detail").asText()).contains("the database cannot be written: the file is read-only");
        app.patchJson(path, "{\"notes\":\"second\",\"version\":1}").expect(503); // a new connection is read-only too
        TestApp.Response ready = app.get("/ready");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().get("reason").asText()).contains("read-only");

        readOnly.set(false);

        assertThat(app.get("/ready").status()).isEqualTo(200);
        app.patchJson(path, "{\"notes\":\"third\",\"version\":1}").expect(200);
        assertThat(app.get(path).json().get("notes").asText()).isEqualTo("third");
    }
}
