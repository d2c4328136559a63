package dev.punchlist.security;

import dev.punchlist.user.User;

import java.time.Instant;

/** A signed-in browser: its user and the CSRF token every state-changing request must repeat. */
public record Session(long id, User user, String csrfToken, Instant expiresAt) {
}
