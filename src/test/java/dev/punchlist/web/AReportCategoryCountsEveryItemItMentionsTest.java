package dev.punchlist.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report that scores "Security 45" but states its security findings first under "Backend" still gives
 * Security items to move: an item counts toward every scored category the report mentions it in.
 */
class AReportCategoryCountsEveryItemItMentionsTest {
    private static final String REPORT = """
            # Shop readiness audit

            **Overall score: 60/100**

            | Category | Score |
            |---|---|
            | Backend | 70/100 |
            | Security | 45/100 |

            ## Detailed findings

            ### 1. BACKEND (70/100)

            #### 🔴 CRITICAL: MD5 password hashing
            Passwords are hashed with MD5. **Fix:** use argon2. **Effort:** 2 hours

            #### ⚠️ No request timeouts on the payment client
            Calls hang forever. **Fix:** set a 5 s timeout. **Effort:** 1 hour

            ### 2. SECURITY (45/100)

            #### 🔴 1. MD5 password hashing (Severity: CRITICAL)
            See the backend section: MD5 password hashing is broken for passwords.
            """;

    private final TestApp app = TestApp.start();

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void the_security_category_holds_the_finding_stated_first_under_backend_and_moves_with_it() {
        app.projectWithReport("SHOP", REPORT);
        JsonNode security = category("Security");
        assertThat(security.get("total").asInt()).isEqualTo(1);
        assertThat(security.get("score").asDouble()).isEqualTo(45.0);
        assertThat(category("Backend").get("total").asInt()).isEqualTo(2);

        long md5 = -1;
        for (JsonNode item : app.get("/api/v1/projects/SHOP/items?limit=50").json().get("items")) {
            if (item.get("title").asText().toLowerCase().contains("md5")) {
                md5 = item.get("id").asLong();
            }
        }
        String etag = app.get("/api/v1/items/" + md5).header("ETag");
        assertThat(app.patchJson("/api/v1/items/" + md5, "{\"status\":\"done\"}", "If-Match", etag).status())
                .isEqualTo(200);

        assertThat(category("Security").get("score").asDouble()).isEqualTo(100.0);
        assertThat(category("Backend").get("score").asDouble()).isBetween(70.0, 100.0);
    }

    private JsonNode category(String name) {
        for (JsonNode c : app.get("/api/v1/projects/SHOP/readiness").json().get("categories")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no category " + name);
    }
}
