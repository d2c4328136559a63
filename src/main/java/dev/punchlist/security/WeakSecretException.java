package dev.punchlist.security;

/** Production mode refuses to start: the message names the variable and how to make a good value. */
public final class WeakSecretException extends RuntimeException {
    public WeakSecretException(String message) {
        super(message);
    }
}
