package dev.punchlist.store;

import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The prepared statements of {@link Prerendered} queries kept open on the writer's one connection, so a
 * hot write skips SQLite's statement compilation too. Only the writer thread uses it; statements close
 * with the connection.
 */
final class StatementCache {
    private static final String KEY = StatementCache.class.getName();

    private final Connection connection;
    private final Map<Prerendered, PreparedStatement> statements = new IdentityHashMap<>();

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** Keeps statements for {@code db}, whose connection is {@code connection} for good. */
    static void attach(DSLContext db, Connection connection) {
        db.configuration().data(KEY, new StatementCache(connection));
    }

    /** The cache of {@code db}, or {@code null} when its connections come and go (a pool). */
    static StatementCache of(DSLContext db) {
        return (StatementCache) db.configuration().data(KEY);
    }

    PreparedStatement statement(Prerendered query, String sql) throws SQLException {
        PreparedStatement statement = statements.get(query);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(query, statement);
        }
        return statement;
    }
}
