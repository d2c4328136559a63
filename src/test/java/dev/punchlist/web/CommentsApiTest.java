package dev.punchlist.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.punchlist.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, blocker 1: an item's notes are a comment thread, through the API too; adding needs no version. */
class CommentsApiTest {
    @Test
    void comments_are_added_without_a_version_and_read_back_in_order_as_described() {
        try (TestApp app = TestApp.start()) {
            app.projectWithReport("SHOP", "# A\n\n- [ ] **High:** Add rate limiting to the login form\n");
            long id = app.get("/api/v1/projects/SHOP/items").json().at("/items/0/id").asLong();
            String path = "/api/v1/items/" + id + "/comments";
            TestApp.Response first = app.postJson(path, "{\"body\":\"started on it\"}").expect(201);
            app.postJson(path, "{\"body\":\"half done\"}").expect(201);
            TestApp.Response thread = app.get(path).expect(200);
            assertThat(thread.json().at("/comments/0/body").asText()).isEqualTo("started on it");
            assertThat(thread.json().at("/comments/1/author").asText()).isEqualTo("admin");
            app.postJson(path, "{\"body\":\"  \"}").expect(400);
            app.postJson("/api/v1/items/999/comments", "{\"body\":\"x\"}").expect(404);

            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForInlineApiSpecification(app.get("/api/openapi.json").body()).build();
            for (var answer : new TestApp.Response[]{first, thread}) {
                SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
                answer.raw().headers().map().forEach(response::withHeader);
                Request.Method method = answer == first ? Request.Method.POST : Request.Method.GET;
                assertThat(validator.validateResponse(path, method, response.build()).getMessages()).isEmpty();
            }
        }
    }
}
