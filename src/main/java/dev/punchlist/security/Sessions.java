package dev.punchlist.security;

import dev.punchlist.store.Database;
import dev.punchlist.store.DatabaseNotWritableException;
import dev.punchlist.store.Timestamps;
import dev.punchlist.store.schema.tables.records.AppUserRecord;
import dev.punchlist.store.schema.tables.records.UserSessionRecord;
import dev.punchlist.user.Role;
import dev.punchlist.user.User;
import org.jooq.Record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.punchlist.store.schema.Tables.APP_USER;
import static dev.punchlist.store.schema.Tables.USER_SESSION;

/**
 * Server-side sessions in the database, so several instances can share them and logout really ends one.
 * The cookie holds a random id; the table holds only its HMAC under the session key, so a copy of the
 * database does not let anyone sign in.
 */
public final class Sessions {
    /** last_seen_at is written at most this often (less for short timeouts), so page loads do not all become writes. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);

    private final Database database;
    private final byte[] key;
    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final Clock clock;

    public Sessions(Database database, byte[] key, Duration idleTimeout, Duration absoluteLifetime, Clock clock) {
        this.database = database;
        this.key = key.clone();
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    /** Starts a fresh session (new random id every login, so a planted id never becomes valid). */
    public String start(User user) {
        String id = Secrets.randomToken(32);
        Instant now = clock.instant();
        database.write(db -> {
            // expired rows of anyone are swept here rather than by a timer: logins are rare enough
            db.deleteFrom(USER_SESSION).where(USER_SESSION.EXPIRES_AT.le(Timestamps.toDb(now))
                    .or(USER_SESSION.LAST_SEEN_AT.le(Timestamps.toDb(now.minus(idleTimeout).minus(touchEvery()))))).execute();
            return db.insertInto(USER_SESSION)
                    .set(USER_SESSION.TOKEN_HASH, hash(id))
                    .set(USER_SESSION.USER_ID, user.id())
                    .set(USER_SESSION.CSRF_TOKEN, Secrets.randomToken(32))
                    .set(USER_SESSION.CREATED_AT, Timestamps.toDb(now))
                    .set(USER_SESSION.LAST_SEEN_AT, Timestamps.toDb(now))
                    .set(USER_SESSION.EXPIRES_AT, Timestamps.toDb(now.plus(absoluteLifetime)))
                    .execute();
        });
        return id;
    }

    /** The live session for a cookie value; idle or past its absolute expiry counts as none. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Record> found = database.read(db -> db.select().from(USER_SESSION).join(APP_USER).on(APP_USER.ID.eq(USER_SESSION.USER_ID))
                .where(USER_SESSION.TOKEN_HASH.eq(hash(id))).and(APP_USER.DEACTIVATED_AT.isNull()).fetchOptional());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSessionRecord session = found.get().into(USER_SESSION);
        Instant lastSeen = Timestamps.fromDb(session.getLastSeenAt());
        Instant expires = Timestamps.fromDb(session.getExpiresAt());
        // last_seen_at lags the last use by up to one touch interval: counted from it alone, a session used
        // 50 s ago could end as if idle for 110 s. So it ends an interval later: never early, at most that late.
        Duration touchEvery = touchEvery();
        if (!now.isBefore(expires) || !now.isBefore(lastSeen.plus(idleTimeout).plus(touchEvery))) {
            end(id);
            return Optional.empty();
        }
        if (lastSeen.plus(touchEvery).isBefore(now)) {
            try {
                database.write(db -> db.update(USER_SESSION).set(USER_SESSION.LAST_SEEN_AT, Timestamps.toDb(now))
                        .where(USER_SESSION.ID.eq(session.getId())).execute());
            } catch (DatabaseNotWritableException e) {
                // a full disk must not stop reads; the session is touched again on a later request
            }
        }
        AppUserRecord user = found.get().into(APP_USER);
        return Optional.of(new Session(session.getId(), new User(user.getId(), user.getUsername(),
                Role.parse("role", user.getRole()), Timestamps.fromDb(user.getCreatedAt())), session.getCsrfToken(), expires));
    }

    /** A tenth of the idle timeout, at most a minute. */
    private Duration touchEvery() {
        Duration tenth = idleTimeout.dividedBy(10);
        return tenth.compareTo(TOUCH_EVERY) < 0 ? tenth : TOUCH_EVERY;
    }

    public void end(String id) {
        if (id != null && !id.isEmpty()) {
            database.write(db -> db.deleteFrom(USER_SESSION).where(USER_SESSION.TOKEN_HASH.eq(hash(id))).execute());
        }
    }

    private String hash(String id) {
        return Secrets.hmacSha256(key, id);
    }
}
