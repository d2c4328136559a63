package dev.punchlist.web.auth;

import dev.punchlist.security.TokenScope;
import dev.punchlist.user.Role;

/**
 * Who is making a request and how they proved it.
 *
 * @param csrfToken the session's CSRF token; null for bearer tokens, which no browser sends on its own
 * @param scope     the API token's scope; null for sessions
 */
public record Principal(String username, Role role, Via via, String csrfToken, TokenScope scope, String sessionId) {
    public enum Via { SESSION, API_TOKEN, METRICS_TOKEN }
}
