package dev.punchlist.user;

import java.time.Instant;

/**
 * An account as the rest of the server sees it; the password hash never leaves {@link Users}.
 *
 * @param deactivatedAt when an admin deactivated the account; {@code null} while it is active
 */
public record User(long id, String username, Role role, Instant createdAt, Instant deactivatedAt) {
    public User(long id, String username, Role role, Instant createdAt) {
        this(id, username, role, createdAt, null);
    }

    public boolean active() {
        return deactivatedAt == null;
    }
}
