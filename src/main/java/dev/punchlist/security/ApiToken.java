package dev.punchlist.security;

import java.time.Instant;

/** A personal API token's description; the secret itself is only in {@link IssuedToken}, once. */
public record ApiToken(long id, String username, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {
}
