package dev.punchlist.jira.sync;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** AES-256-GCM for stored Jira credentials: {@code base64(12-byte IV | ciphertext+tag)}, key derived from the secrets key. */
final class CredentialCipher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] AAD = "punchlist-jira-credentials-v1".getBytes(StandardCharsets.UTF_8);
    private final SecretKeySpec key;

    CredentialCipher(byte[] secretsKey) {
        try {
            // SHA-256 gives a 256-bit AES key whatever the length of the configured key (>= 32 bytes).
            this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secretsKey), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            c.updateAAD(AAD);
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the Jira credentials", e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(AAD);
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new JiraNotConfiguredException("the stored Jira credentials cannot be decrypted with the current "
                    + "PUNCHLIST_SECRETS_KEY; store them again");
        }
    }
}
