package dev.punchlist.jira;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Proves the fake's contract checks are live: a request Atlassian's description forbids is caught. */
class JiraContractTest {
    @BeforeEach
    void needsTheSpecs() {
        assumeTrue(JiraContract.specFolder().isPresent(), JiraContract::missingMessage);
    }

    @Test
    void theFakeFlagsARequestThatBreaksTheCloudDescription() throws Exception {
        try (FakeJira fake = new FakeJira(Flavour.CLOUD, "OPS")) {
            // maxResults must be an integer; Jira's description says so, the validator must notice.
            send(fake, "/rest/api/3/issue/createmeta/OPS/issuetypes?maxResults=lots");
            assertThat(fake.violations).singleElement().asString().contains("createmeta").contains("allowed: [\"integer\"]");
        }
    }

    @Test
    void theFakeFlagsANonAdfDescriptionOnCloud() throws Exception {
        try (FakeJira fake = new FakeJira(Flavour.CLOUD, "OPS")) {
            String body = "{\"issueUpdates\":[{\"fields\":{\"summary\":\"s\",\"description\":\"plain text\"}}]}";
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fake.url() + "/rest/api/3/issue/bulk"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(fake.violations).anySatisfy(v -> assertThat(v).contains("not an ADF doc"));
        }
    }

    private static void send(FakeJira fake, String path) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fake.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
