package dev.punchlist.jira;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraFlavoursTest {
    private FakeJira fake;

    @AfterEach
    void stop() {
        fake.close();
        fake.assertContractKept();
    }

    @Test
    void cloudSendsBasicAuthAndAnAdfDescriptionWithACodeBlockAndALinkMark() {
        fake = fake(Flavour.CLOUD);
        String key = client(fake, new RecordingSleeper()).createBulk(List.of(draft("1"))).outcomes().get(0).key();

        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
        assertThat(fake.authorizations).isNotEmpty().allMatch(("Basic " + basic)::equals);
        JsonNode doc = fake.api.issues.get(key).fields.get("description");
        assertThat(doc.path("type").asText()).isEqualTo("doc");
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.findValues("type")).extracting(JsonNode::asText).contains("paragraph", "codeBlock", "link");
        assertThat(doc.toString()).contains("12: AWS key AKIA... committed").contains("https://punchlist.example/items/1");
    }

    @Test
    void dataCenterSendsBearerAuthAndAWikiMarkupDescription() {
        fake = fake(Flavour.DATA_CENTER);
        String key = client(fake, new RecordingSleeper()).createBulk(List.of(draft("1"))).outcomes().get(0).key();

        assertThat(fake.authorizations).isNotEmpty().allMatch(("Bearer " + PAT)::equals);
        JsonNode description = fake.api.issues.get(key).fields.get("description");
        assertThat(description.isTextual()).isTrue();
        assertThat(description.asText()).contains("{noformat}\n12: AWS key AKIA... committed\n13: in config.yml\n{noformat}")
                .contains("[https://punchlist.example/items/1]").contains("Effort: about 1 hour");
    }

    @Test
    void credentialsOfTheWrongFlavourAreRejectedBeforeAnyCall() {
        fake = fake(Flavour.CLOUD);
        assertThatThrownBy(() -> new JiraClient(settings(fake), JiraCredentials.dataCenter(PAT), options(new RecordingSleeper())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-mail and API token");
    }

    @Test
    void summariesLongerThanJirasLimitAreClippedTo255Characters() {
        fake = fake(Flavour.CLOUD);
        IssueDraft longOne = new IssueDraft(PROJECT, "8", "x".repeat(400), null, null, null, null, null, null, null, null);

        String key = client(fake, new RecordingSleeper()).createBulk(List.of(longOne)).outcomes().get(0).key();

        assertThat(fake.api.issues.get(key).fields.get("summary").asText()).hasSize(255).endsWith("…");
    }
}
