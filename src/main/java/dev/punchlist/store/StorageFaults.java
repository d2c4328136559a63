package dev.punchlist.store;

import org.sqlite.SQLiteException;

/**
 * Which SQLite failures come from the file or the disk rather than from the work itself. After one of them a
 * connection can stay unusable even once the cause is gone (a journal opened read-only, a broken WAL index), so
 * the writer opens a new one.
 */
final class StorageFaults {
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private StorageFaults() {
    }

    /** In plain words, or {@code null} when {@code failure} is not a storage fault. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return reason(sqlite.getResultCode().code & 0xff);
            }
        }
        return null;
    }

    private static String reason(int primaryCode) {
        return switch (primaryCode) {
            case SQLITE_FULL -> "disk full";
            case SQLITE_READONLY -> "the file is read-only";
            case SQLITE_IOERR -> "input/output error";
            case SQLITE_CANTOPEN -> "the file cannot be opened";
            default -> null;
        };
    }
}
