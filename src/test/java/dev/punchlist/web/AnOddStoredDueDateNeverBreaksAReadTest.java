package dev.punchlist.web;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static dev.punchlist.store.schema.Tables.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A due date stored before dates were checked (or written by another tool) is shown as no due date, and every
 * page, export and API answer that lists the item still answers 200.
 */
class AnOddStoredDueDateNeverBreaksAReadTest {
    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-01-01", "+123456789-01-01", "2026-13-45", "next week", "20261201"})
    void every_read_of_the_project_answers_200(String stored) throws Exception {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        long id = app.get("/api/v1/projects/PAY/items").json().at("/items/0/id").asLong();
        storeFromAnotherConnection(id, stored);
        Thread.sleep(1500); // the server notices another connection's commit within a second

        for (String read : List.of("/api/v1/items/" + id, "/api/v1/items/" + id + "/history", "/api/v1/projects/PAY/items",
                "/api/v1/projects/PAY/export?format=md", "/api/v1/projects/PAY/export?format=csv", "/api/v1/projects/PAY/readiness",
                "/projects/PAY", "/items/" + id, "/projects/PAY/standup", "/projects/PAY/readiness", "/projects/PAY/report",
                "/projects/PAY/export.md", "/projects/PAY/export.csv", "/")) {
            assertThat(app.get(read).status()).as(read).isEqualTo(200);
        }
        assertThat(app.get("/api/v1/items/" + id).json().get("due").isNull()).isTrue();
    }

    private void storeFromAnotherConnection(long id, String due) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + app.database().file().toAbsolutePath())) {
            int updated = DSL.using(c, SQLDialect.SQLITE).update(ITEM).set(ITEM.DUE_DATE.coerce(String.class), due)
                    .where(ITEM.ID.eq(id)).execute();
            assertThat(updated).isEqualTo(1);
        }
    }
}
