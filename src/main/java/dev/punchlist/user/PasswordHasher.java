package dev.punchlist.user;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with OWASP's baseline cost (19 MiB, 2 passes, 1 lane). Checking against a fixed dummy
 * hash when the account does not exist makes an unknown user cost the same time as a wrong password.
 */
public final class PasswordHasher {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private final String dummyHash = hash("not-a-real-password-only-for-timing");

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            // still spend the time, so an overlong password is no timing oracle either
            Password.check("x", dummyHash).with(ARGON2ID);
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one check and answers false: used when there is no such account. */
    public boolean matchesNothing(String password) {
        matches(password == null ? "" : password, dummyHash);
        return false;
    }
}
