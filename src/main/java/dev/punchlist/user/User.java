package dev.punchlist.user;

import java.time.Instant;

/** An account as the rest of the server sees it; the password hash never leaves {@link Users}. */
public record User(long id, String username, Role role, Instant createdAt) {
}
