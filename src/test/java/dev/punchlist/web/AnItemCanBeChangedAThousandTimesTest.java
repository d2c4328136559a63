package dev.punchlist.web;

import dev.punchlist.testing.Reports;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions are compared as numbers, not as boxed objects, so they keep working past the small-integer cache (127). */
class AnItemCanBeChangedAThousandTimesTest {
    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void one_item_takes_a_thousand_changes_each_sent_with_the_etag_just_read() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        String path = "/api/v1/items/" + app.get("/api/v1/projects/PAY/items").json().at("/items/0/id").asLong();

        for (int n = 1; n <= 1000; n++) {
            String etag = app.get(path).expect(200).header("ETag");
            app.patchJson(path, "{\"notes\":\"change " + n + "\"}", "If-Match", etag).expect(200);
        }

        assertThat(app.get(path).json().get("version").asInt()).isEqualTo(1001);
    }

    @Test
    void a_version_in_the_body_past_127_is_matched_too() {
        app.projectWithReport("PAY", Reports.PAYMENTS);
        String path = "/api/v1/items/" + app.get("/api/v1/projects/PAY/items").json().at("/items/0/id").asLong();

        for (int version = 1; version <= 300; version++) {
            app.patchJson(path, "{\"notes\":\"change " + version + "\",\"version\":" + version + "}").expect(200);
        }

        assertThat(app.get(path).json().get("version").asInt()).isEqualTo(301);
    }
}
