package dev.punchlist.web;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A due date is a day between 2000-01-01 and 2999-12-31; anything else is refused with 400 naming {@code due}. */
class DueDatesMustBeInASaneRangeTest {
    private final TestApp app = TestApp.start();
    private final String path;

    DueDatesMustBeInASaneRangeTest() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        path = "/api/v1/items/" + app.get("/api/v1/projects/PAY/items").json().at("/items/0/id").asLong();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-01-01", "+123456789-01-01", "1999-12-31", "3000-01-01", "0000-01-01"})
    void a_due_date_outside_the_range_is_refused_through_the_api(String due) {
        var refused = app.patchJson(path, "{\"due\":\"" + due + "\",\"version\":1}").expect(400);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asText()).isEqualTo("due");
        assertThat(app.get(path).json().get("due").isNull()).isTrue();
    }

    @Test
    void the_first_and_last_day_of_the_range_are_accepted() {
        app.patchJson(path, "{\"due\":\"2000-01-01\",\"version\":1}").expect(200);
        assertThat(app.patchJson(path, "{\"due\":\"2999-12-31\",\"version\":2}").expect(200).json().get("due").asText())
                .isEqualTo("2999-12-31");
    }

    @Test
    void a_due_date_outside_the_range_is_refused_by_the_item_form() {
        String id = path.substring(path.lastIndexOf('/') + 1);

        var refused = app.postForm("/items/" + id + "/quick", "status", "todo", "assignee", "", "due", "+10000-01-01", "version", "1");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(app.get(path).json().get("due").isNull()).isTrue();
    }
}
