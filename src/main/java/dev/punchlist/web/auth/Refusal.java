package dev.punchlist.web.auth;

/**
 * Thrown by the access checks; {@link AuthModule} turns it into 401/403 problem+json for the API or a
 * redirect / 403 page for pages. Being an exception, it skips the handler but still runs after-handlers
 * (headers, metrics, request id).
 */
public final class Refusal extends RuntimeException {
    public enum Kind { UNAUTHENTICATED, FORBIDDEN, CSRF, TOO_LARGE, THROTTLED }

    private final Kind kind;

    public Refusal(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
