package dev.punchlist.security;

import dev.punchlist.store.Database;
import dev.punchlist.store.Timestamps;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

import static dev.punchlist.store.schema.Tables.SECURITY_EVENT;

/**
 * The audit log of security-relevant acts (logins, user and role changes, tokens, imports, settings).
 * Rows are only ever inserted; every event is also logged so a log shipper sees it without the database.
 */
public final class SecurityLog {
    private static final Logger LOG = LoggerFactory.getLogger("security");
    private static final int MAX_LIMIT = 500;

    private final Database database;
    private final Clock clock;

    public SecurityLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, String detail, String clientAddress) {
        database.write(db -> {
            record(db, actor, action, target, detail, clientAddress);
            return null;
        });
    }

    /** Records inside a transaction the caller already holds, so the event commits with the change. */
    public void record(DSLContext db, String actor, String action, String target, String detail, String clientAddress) {
        db.insertInto(SECURITY_EVENT)
                .set(SECURITY_EVENT.AT, Timestamps.toDb(clock.instant()))
                .set(SECURITY_EVENT.ACTOR, truncate(actor, 100))
                .set(SECURITY_EVENT.ACTION, action)
                .set(SECURITY_EVENT.TARGET, truncate(target, 200))
                .set(SECURITY_EVENT.DETAIL, detail)
                .set(SECURITY_EVENT.CLIENT_ADDRESS, truncate(clientAddress, 64))
                .execute();
        LOG.info("security event {} by {} on {} from {}{}", action, actor, target,
                clientAddress == null ? "no network client (a command or the server)" : clientAddress, detail == null ? "" : ": " + detail);
    }

    /** The newest events first, at most {@code limit} (capped), older than {@code beforeId} when given. */
    public List<SecurityEvent> recent(int limit, Long beforeId) {
        int capped = Math.max(1, Math.min(limit, MAX_LIMIT));
        return database.read(db -> db.selectFrom(SECURITY_EVENT)
                .where(beforeId == null ? org.jooq.impl.DSL.noCondition() : SECURITY_EVENT.ID.lt(beforeId))
                .orderBy(SECURITY_EVENT.ID.desc())
                .limit(capped)
                .fetch(r -> new SecurityEvent(r.getId(), Timestamps.fromDb(r.getAt()), r.getActor(), r.getAction(),
                        r.getTarget(), r.getDetail(), r.getClientAddress())));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
