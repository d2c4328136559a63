package dev.punchlist.store;

/**
 * The database file cannot take writes right now (disk full, read-only, I/O error). Nothing of the write was
 * kept; the writer opens its connection afresh before the next write, so the same request can succeed once
 * the cause is gone. Answered 503.
 */
public final class DatabaseNotWritableException extends RuntimeException {
    DatabaseNotWritableException(String reason, Throwable cause) {
        super("the database cannot be written: " + reason, cause);
    }
}
