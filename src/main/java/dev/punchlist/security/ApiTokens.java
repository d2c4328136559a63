package dev.punchlist.security;

import dev.punchlist.plan.InvalidInputException;
import dev.punchlist.plan.NotFoundException;
import dev.punchlist.store.Database;
import dev.punchlist.store.DatabaseNotWritableException;
import dev.punchlist.store.Timestamps;
import dev.punchlist.store.schema.tables.records.ApiTokenRecord;
import dev.punchlist.store.schema.tables.records.AppUserRecord;
import dev.punchlist.user.Role;
import dev.punchlist.user.User;
import org.jooq.Record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static dev.punchlist.store.schema.Tables.API_TOKEN;
import static dev.punchlist.store.schema.Tables.APP_USER;

/**
 * Personal API tokens: {@code pl_} + 32 random bytes, stored as SHA-256 only, scoped, expiring, revocable.
 * A plain hash suffices because the token has 256 bits of entropy; nothing to brute-force.
 */
public final class ApiTokens {
    public static final String PREFIX = "pl_";
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** last_used_at is written at most this often per token, so a busy script does not turn reads into writes. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Duration RECHECK_EVERY = Duration.ofSeconds(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private final Database database;
    private final SecurityLog log;
    private final Clock clock;

    public ApiTokens(Database database, SecurityLog log, Clock clock) {
        this.database = database;
        this.log = log;
        this.clock = clock;
    }

    public IssuedToken create(String username, String name, TokenScope scope, Duration lifetime, String actor) {
        return create(username, name, scope, lifetime, actor, null);
    }

    /** As above, recording the address of the client that asked ({@code null} from a command). */
    public IssuedToken create(String username, String name, TokenScope scope, Duration lifetime, String actor, String clientAddress) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new InvalidInputException("expires_days", "a token lives between 1 day and " + MAX_LIFETIME.toDays() + " days");
        }
        String label = name == null || name.isBlank() ? "token" : name.strip();
        if (label.length() > 100) {
            throw new InvalidInputException("name", "must be at most 100 characters");
        }
        String secret = PREFIX + Secrets.randomToken(32);
        Instant now = clock.instant();
        return database.write(db -> {
            AppUserRecord user = db.fetchOne(APP_USER, APP_USER.USERNAME.eq(username));
            if (user == null) {
                throw new NotFoundException("no user named " + username);
            }
            ApiTokenRecord row = db.insertInto(API_TOKEN)
                    .set(API_TOKEN.USER_ID, user.getId())
                    .set(API_TOKEN.NAME, label)
                    .set(API_TOKEN.TOKEN_HASH, Secrets.sha256(secret))
                    .set(API_TOKEN.SCOPE, scope.label())
                    .set(API_TOKEN.CREATED_AT, Timestamps.toDb(now))
                    .set(API_TOKEN.EXPIRES_AT, Timestamps.toDb(now.plus(lifetime)))
                    .returning().fetchOne();
            log.record(db, actor, "token.create", username, "token " + row.getId() + " '" + label + "' scope " + scope.label(), clientAddress);
            return new IssuedToken(token(row, username), secret);
        });
    }

    /**
     * The principal for a presented secret, or empty when unknown, expired or revoked. A token found in the
     * database is trusted for {@link #RECHECK_EVERY} without asking again (a busy script would otherwise
     * cost a lookup per call); revoking a token or changing a role here ends that at once, and a change made
     * by another process (the command line) takes effect within that time.
     */
    public Optional<TokenPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Secrets.sha256(secret);
        Verified known = verified.get(hash);
        if (known != null && now.isBefore(known.trustedUntil())) {
            return Optional.of(known.principal());
        }
        Optional<Record> found = database.read(db -> db.select().from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(APP_USER.DEACTIVATED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.gt(Timestamps.toDb(now)))
                .fetchOptional());
        return found.map(r -> {
            ApiTokenRecord token = r.into(API_TOKEN);
            touch(token, now);
            AppUserRecord user = r.into(APP_USER);
            TokenPrincipal principal = new TokenPrincipal(new User(user.getId(), user.getUsername(), Role.parse("role", user.getRole()),
                    Timestamps.fromDb(user.getCreatedAt())), TokenScope.parse(token.getScope()), token.getId());
            remember(hash, principal, now, Timestamps.fromDb(token.getExpiresAt()));
            return principal;
        });
    }

    private record Verified(TokenPrincipal principal, Instant trustedUntil) {
    }

    private void remember(String hash, TokenPrincipal principal, Instant now, Instant expiresAt) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        Instant recheck = now.plus(RECHECK_EVERY);
        verified.put(hash, new Verified(principal, expiresAt.isBefore(recheck) ? expiresAt : recheck));
    }

    /** Every token is looked up in the database again on its next use (after a revocation or a role change). */
    public void forgetVerified() {
        verified.clear();
    }

    private void touch(ApiTokenRecord token, Instant now) {
        Instant last = Timestamps.fromDb(token.getLastUsedAt());
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            try {
                database.write(db -> db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, Timestamps.toDb(now))
                        .where(API_TOKEN.ID.eq(token.getId())).execute());
            } catch (DatabaseNotWritableException e) {
                // a full disk must not stop reads: the last-used time is a hint, written again on a later use
            }
        }
    }

    public void revoke(long id, String actor) {
        database.write(db -> {
            ApiTokenRecord row = db.fetchOne(API_TOKEN, API_TOKEN.ID.eq(id));
            if (row == null) {
                throw new NotFoundException("no token " + id);
            }
            if (row.getRevokedAt() == null) {
                row.setRevokedAt(Timestamps.toDb(clock.instant()));
                row.store();
                String owner = db.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(row.getUserId())).fetchOne(APP_USER.USERNAME);
                log.record(db, actor, "token.revoke", owner, "token " + id + " '" + row.getName() + "'", null);
            }
            return null;
        });
        forgetVerified();
    }

    /** Tokens of one user, or of everyone when {@code username} is null; newest first. */
    public List<ApiToken> list(String username) {
        return database.read(db -> db.select().from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(username == null ? org.jooq.impl.DSL.noCondition() : APP_USER.USERNAME.eq(username))
                .orderBy(API_TOKEN.ID.desc())
                .fetch(r -> token(r.into(API_TOKEN), r.get(APP_USER.USERNAME))));
    }

    private static ApiToken token(ApiTokenRecord row, String username) {
        return new ApiToken(row.getId(), username, row.getName(), TokenScope.parse(row.getScope()),
                Timestamps.fromDb(row.getCreatedAt()), Timestamps.fromDb(row.getExpiresAt()),
                Timestamps.fromDb(row.getLastUsedAt()), Timestamps.fromDb(row.getRevokedAt()));
    }
}
