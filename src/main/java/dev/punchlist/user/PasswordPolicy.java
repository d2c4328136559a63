package dev.punchlist.user;

import dev.punchlist.plan.InvalidInputException;

/**
 * Length is what makes a password strong (NIST SP 800-63B): at least 12 characters, and an upper
 * bound so nobody can make the server hash megabytes. No composition rules; they only annoy.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "must not be only spaces");
        }
    }
}
