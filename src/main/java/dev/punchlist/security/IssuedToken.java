package dev.punchlist.security;

/** A token just created: {@code secret} is shown to its owner this once and never stored. */
public record IssuedToken(ApiToken token, String secret) {
}
