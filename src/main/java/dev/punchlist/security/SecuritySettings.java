package dev.punchlist.security;

import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Security settings from {@code PUNCHLIST_*} variables. In production a missing or weak secret stops the
 * start with a message that says which variable and how to make one; in development a random session key
 * is made per start (sessions then do not survive a restart, which a developer can live with).
 *
 * @param production     {@code PUNCHLIST_ENV=production} or {@code --production}
 * @param sessionKey     HMAC key for session ids ({@code PUNCHLIST_SESSION_KEY}, base64, at least 32 bytes)
 * @param secretsKey     key that will encrypt stored credentials such as Jira's ({@code PUNCHLIST_SECRETS_KEY}); null when unset in development
 * @param cookieSecure   {@code auto} (Secure when the request came over TLS), {@code always} or {@code never}
 * @param trustedProxies addresses (or IPv4 CIDR blocks) of the proxies whose {@code X-Forwarded-Proto} /
 *                       {@code X-Forwarded-For} are believed ({@code PUNCHLIST_TRUST_PROXY}); empty for none
 * @param idleTimeout    a session unused this long ends
 * @param absoluteLifetime a session ends this long after login, used or not
 * @param metricsToken   bearer token that may read {@code /metrics} without an account; null for admins only
 * @param adminPassword  password of the first {@code admin}, used only while there are no users
 */
public record SecuritySettings(boolean production, byte[] sessionKey, byte[] secretsKey, CookieSecure cookieSecure,
                               List<String> trustedProxies, Duration idleTimeout, Duration absoluteLifetime, String metricsToken,
                               String adminPassword) {
    public enum CookieSecure { AUTO, ALWAYS, NEVER }

    public static final int MIN_KEY_BYTES = 32;
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change-me", "change_me", "secret", "password",
            "replace-me", "replace_me", "todo", "example", "test", "default", "punchlist");

    /** Development defaults with a random session key: what tests and {@code new App(config, db, clock)} get. */
    public static SecuritySettings development() {
        return new SecuritySettings(false, Secrets.randomBytes(MIN_KEY_BYTES), null, CookieSecure.AUTO, List.of(),
                Duration.ofMinutes(30), Duration.ofHours(12), null, null);
    }

    /** For one-shot commands that read stored Jira credentials: development settings plus {@code PUNCHLIST_SECRETS_KEY}. */
    public static SecuritySettings forCommands(Map<String, String> env) {
        SecuritySettings dev = development();
        return new SecuritySettings(false, dev.sessionKey, key(env, "PUNCHLIST_SECRETS_KEY", false), dev.cookieSecure,
                List.of(), dev.idleTimeout, dev.absoluteLifetime, null, null);
    }

    public SecuritySettings withTimeouts(Duration idle, Duration absolute) {
        return new SecuritySettings(production, sessionKey, secretsKey, cookieSecure, trustedProxies, idle, absolute, metricsToken, adminPassword);
    }

    public SecuritySettings withMetricsToken(String token) {
        return new SecuritySettings(production, sessionKey, secretsKey, cookieSecure, trustedProxies, idleTimeout, absoluteLifetime, token, adminPassword);
    }

    public SecuritySettings withAdminPassword(String password) {
        return new SecuritySettings(production, sessionKey, secretsKey, cookieSecure, trustedProxies, idleTimeout, absoluteLifetime, metricsToken, password);
    }

    public static SecuritySettings fromEnvironment(Map<String, String> env, boolean productionFlag) {
        boolean production = productionFlag || "production".equalsIgnoreCase(env.getOrDefault("PUNCHLIST_ENV", "").trim());
        byte[] sessionKey = key(env, "PUNCHLIST_SESSION_KEY", production);
        if (sessionKey == null) {
            LoggerFactory.getLogger(SecuritySettings.class).warn("PUNCHLIST_SESSION_KEY is not set: using a random key for this run, "
                    + "so sessions end at restart. Set one (openssl rand -base64 32) before production.");
            sessionKey = Secrets.randomBytes(MIN_KEY_BYTES);
        }
        byte[] secretsKey = key(env, "PUNCHLIST_SECRETS_KEY", production);
        String metricsToken = blankToNull(env.get("PUNCHLIST_METRICS_TOKEN"));
        if (metricsToken != null && metricsToken.length() < 32) {
            throw new WeakSecretException("PUNCHLIST_METRICS_TOKEN is shorter than 32 characters; make one with: openssl rand -base64 32");
        }
        return new SecuritySettings(production, sessionKey, secretsKey,
                CookieSecure.valueOf(env.getOrDefault("PUNCHLIST_COOKIE_SECURE", "auto").trim().toUpperCase(Locale.ROOT)),
                trustedProxies(env.getOrDefault("PUNCHLIST_TRUST_PROXY", "")),
                Duration.ofMinutes(Long.parseLong(env.getOrDefault("PUNCHLIST_SESSION_IDLE_MINUTES", "30").trim())),
                Duration.ofHours(Long.parseLong(env.getOrDefault("PUNCHLIST_SESSION_MAX_HOURS", "12").trim())),
                metricsToken, blankToNull(env.get("PUNCHLIST_ADMIN_PASSWORD")));
    }

    /**
     * The proxies listed, comma-separated; {@code false} or nothing for none. {@code true} used to believe the
     * header from anyone, which let any client choose the address the lock-out counts and the audit log records.
     */
    static List<String> trustedProxies(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("false")) {
            return List.of();
        }
        if (v.equalsIgnoreCase("true")) {
            throw new IllegalArgumentException("PUNCHLIST_TRUST_PROXY=true would believe X-Forwarded-For from anyone; "
                    + "list the proxy's addresses instead, e.g. PUNCHLIST_TRUST_PROXY=127.0.0.1 or 10.0.0.0/8");
        }
        return java.util.Arrays.stream(v.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    /** The decoded key, null when unset outside production; throws when it is weak, or unset in production. */
    static byte[] key(Map<String, String> env, String name, boolean production) {
        String value = blankToNull(env.get(name));
        String howTo = " Make one with: openssl rand -base64 32, and pass it as " + name + ".";
        if (value == null) {
            if (production) {
                throw new WeakSecretException(name + " is not set; production mode needs it." + howTo);
            }
            return null;
        }
        if (PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT)) || value.toLowerCase(Locale.ROOT).contains("change")
                || value.toLowerCase(Locale.ROOT).contains("example")) {
            throw new WeakSecretException(name + " is a placeholder, not a secret." + howTo);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new WeakSecretException(name + " is not valid base64." + howTo);
        }
        if (decoded.length < MIN_KEY_BYTES) {
            throw new WeakSecretException(name + " holds " + decoded.length + " bytes; at least " + MIN_KEY_BYTES + " random bytes are needed." + howTo);
        }
        if (distinct(decoded) < 8) {
            throw new WeakSecretException(name + " is not random (too few distinct bytes)." + howTo);
        }
        return decoded;
    }

    private static long distinct(byte[] bytes) {
        java.util.BitSet seen = new java.util.BitSet(256);
        for (byte b : bytes) {
            seen.set(b & 0xff);
        }
        return seen.cardinality();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
