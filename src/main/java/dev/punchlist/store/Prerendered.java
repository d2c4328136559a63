package dev.punchlist.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A statement of a hot path that jOOQ renders once from the generated schema and JDBC then runs with
 * fresh values; on the writer's connection the prepared statement itself is kept (see {@link Writer}).
 *
 * <p>jOOQ renders a query from its syntax tree on every call, and even a plain-SQL query is scanned for
 * bind markers and classified by regular expressions each time: that cost several times what SQLite
 * took to run it (≈ 200 µs against ≈ 20 µs to read one item by id), while every other write waited.
 *
 * <p>The query is built as usual, with a {@code DSL.param} wherever a value goes; the values passed to
 * {@link #execute} and {@link #fetchOptional} fill those places in order. Values are bound the way
 * jOOQ binds them for the dialect, so rows written here and through jOOQ read back alike.
 */
public final class Prerendered {
    private final Function<DSLContext, Query> build;
    private volatile Rendered rendered;

    private Prerendered(Function<DSLContext, Query> build) {
        this.build = build;
    }

    public static Prerendered of(Function<DSLContext, Query> build) {
        return new Prerendered(build);
    }

    /** The SQL text and the SQL type of each bind place, in order. */
    private record Rendered(String sql, int[] types) {
    }

    @FunctionalInterface
    private interface Use<T> {
        T with(PreparedStatement statement) throws SQLException;
    }

    public int execute(DSLContext db, Object... values) {
        return run(db, values, PreparedStatement::executeUpdate);
    }

    /**
     * The one row the query finds, as a new record from {@code newRecord}, whose columns the query must
     * select in the record's own order (build it with {@code select(TABLE.fields()).from(TABLE)}).
     */
    public <R extends TableRecord<R>> Optional<R> fetchOptional(DSLContext db, Supplier<R> newRecord, Object... values) {
        return run(db, values, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(toRecord(rows, newRecord.get(), db)) : Optional.empty();
            }
        });
    }

    private <T> T run(DSLContext db, Object[] values, Use<T> use) {
        Rendered query = rendered(db);
        StatementCache cache = StatementCache.of(db);
        try {
            if (cache != null) {
                PreparedStatement statement = cache.statement(this, query.sql());
                bind(statement, query, values, db.dialect());
                return use.with(statement);
            }
            Connection connection = db.configuration().connectionProvider().acquire();
            try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                bind(statement, query, values, db.dialect());
                return use.with(statement);
            } finally {
                db.configuration().connectionProvider().release(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + query.sql() + "]; " + e.getMessage(), e);
        }
    }

    private Rendered rendered(DSLContext db) {
        Rendered current = rendered;
        if (current == null) {
            Query query = build.apply(db);
            int[] types = query.getParams().values().stream().mapToInt(param -> param.getDataType().getSQLType()).toArray();
            current = new Rendered(db.render(query), types);
            rendered = current; // racing threads render the same text; either copy will do
        }
        return current;
    }

    private static void bind(PreparedStatement statement, Rendered query, Object[] values, SQLDialect dialect) throws SQLException {
        if (values.length != query.types().length) {
            throw new IllegalArgumentException("expected " + query.types().length + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, query.types()[i]);
            } else if (value instanceof LocalDateTime time && dialect.family() == SQLDialect.SQLITE) {
                statement.setString(index, SqliteTime.format(time));
            } else if (value instanceof LocalDate date && dialect.family() == SQLDialect.SQLITE) {
                statement.setString(index, date.toString());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    private static <R extends TableRecord<R>> R toRecord(ResultSet row, R record, DSLContext db) throws SQLException {
        record.attach(db.configuration()); // a detached record builds a configuration of its own for every value set
        SQLDialect dialect = db.dialect();
        Field<?>[] fields = record.fields();
        for (int i = 0; i < fields.length; i++) {
            copy(row, i + 1, fields[i], record, dialect);
        }
        record.changed(false);
        return record;
    }

    private static <T> void copy(ResultSet row, int column, Field<T> field, TableRecord<?> record, SQLDialect dialect) throws SQLException {
        Object value = convert(field.getConverter(), read(row, column, field.getConverter().fromType(), dialect));
        if (value instanceof LocalDateTime time && field.getDataType().precisionDefined()) {
            value = toPrecision(time, field.getDataType().precision());
        }
        record.set(field, field.getType().cast(value));
    }

    /** A column with a converter (see {@link DayText}) is read as its stored type, then converted as jOOQ would. */
    @SuppressWarnings("unchecked")
    private static <U> Object convert(org.jooq.Converter<?, U> converter, Object stored) {
        return ((org.jooq.Converter<Object, U>) converter).from(stored);
    }

    /** jOOQ cuts a timestamp read from the database to its column's fractional digits; so does this. */
    private static LocalDateTime toPrecision(LocalDateTime time, int digits) {
        int unit = (int) Math.pow(10, 9 - Math.min(9, digits));
        return time.withNano(time.getNano() / unit * unit);
    }

    private static Object read(ResultSet row, int column, Class<?> type, SQLDialect dialect) throws SQLException {
        Object value;
        if (type == Long.class) {
            value = row.getLong(column);
        } else if (type == Integer.class) {
            value = row.getInt(column);
        } else if (type == Double.class) {
            value = row.getDouble(column);
        } else if (type == Boolean.class) {
            value = row.getBoolean(column);
        } else if (type == String.class) {
            value = row.getString(column);
        } else if (dialect.family() == SQLDialect.SQLITE && type == LocalDateTime.class) {
            String text = row.getString(column);
            value = text == null ? null : SqliteTime.parse(text);
        } else if (dialect.family() == SQLDialect.SQLITE && type == LocalDate.class) {
            String text = row.getString(column);
            value = text == null ? null : LocalDate.parse(text);
        } else {
            value = row.getObject(column, type);
        }
        return row.wasNull() ? null : value;
    }
}
