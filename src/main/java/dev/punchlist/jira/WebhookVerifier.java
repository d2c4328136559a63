package dev.punchlist.jira;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Checks Jira's {@code X-Hub-Signature: sha256=<hex>} header: an HMAC-SHA256 of the raw request body
 * keyed with the webhook secret. Verify the raw bytes before parsing; re-serialised JSON would not match.
 */
public final class WebhookVerifier {
    public static final String HEADER = "X-Hub-Signature";
    private static final String PREFIX = "sha256=";
    private final byte[] secret;

    public WebhookVerifier(String secret) {
        if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("the webhook secret is empty");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** True only for a well-formed header whose HMAC matches; missing or malformed headers are false. */
    public boolean verify(byte[] rawBody, String signatureHeader) {
        byte[] claimed = parse(signatureHeader);
        // Constant-time comparison, so an attacker cannot learn the right HMAC byte by byte from timing.
        return claimed != null && MessageDigest.isEqual(claimed, sign(rawBody));
    }

    /** The header value Jira would send for this body; useful for tests and tooling. */
    public String signatureFor(byte[] rawBody) {
        return PREFIX + HexFormat.of().formatHex(sign(rawBody));
    }

    private static byte[] parse(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) return null;
        String hex = header.substring(PREFIX.length()).trim();
        if (hex.length() != 64) return null;
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body == null ? new byte[0] : body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
