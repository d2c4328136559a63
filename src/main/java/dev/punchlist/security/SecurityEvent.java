package dev.punchlist.security;

import java.time.Instant;

/** One row of the audit log. */
public record SecurityEvent(long id, Instant at, String actor, String action, String target, String detail,
                            String clientAddress) {
}
