package dev.punchlist.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts a backup in place of the database file. The backup is checked first ({@code PRAGMA integrity_check}),
 * copied next to the target and moved over it atomically; the old file is kept beside it, and stale
 * {@code -wal}/{@code -shm} files are removed so SQLite does not replay them onto the restored copy.
 *
 * <p>Refused while any other connection has the target open (a running server, an import): that process would
 * go on writing to the file it holds, and every write it acknowledged after the restore would be lost. The test
 * is SQLite's own: the journal mode can leave WAL only on the sole connection; its exclusive lock is then held
 * until the new file is in place.
 */
public final class Restore {
    private Restore() {
    }

    /** Returns where the previous database was kept, or null when there was none. */
    public static Path replace(Path backup, Path target) {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("no backup file at " + backup);
        }
        String check = integrityCheck(backup);
        if (!"ok".equals(check)) {
            throw new IllegalArgumentException(backup + " is not a sound database: " + check);
        }
        try (Connection sole = soleConnection(target)) {
            Path absolute = target.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path staging = absolute.resolveSibling(absolute.getFileName() + ".restoring");
            Files.copy(backup, staging, StandardCopyOption.REPLACE_EXISTING);
            Path saved = null;
            if (Files.exists(absolute)) {
                saved = absolute.resolveSibling(absolute.getFileName() + ".before-restore-" + System.currentTimeMillis());
                Files.move(absolute, saved);
            }
            Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + "-wal"));
            Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + "-shm"));
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException("restore failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check whether " + target + " is in use: " + e.getMessage(), e);
        }
    }

    /** A connection holding the target's exclusive lock, or {@code null} when there is no target yet. */
    private static Connection soleConnection(Path target) throws SQLException {
        if (!Files.exists(target)) {
            return null;
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
        try (Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA busy_timeout = 0");
            sql.execute("PRAGMA locking_mode = EXCLUSIVE");
            String mode;
            try (ResultSet result = sql.executeQuery("PRAGMA journal_mode = DELETE")) {
                mode = result.next() ? result.getString(1) : "";
            }
            if (!"delete".equalsIgnoreCase(mode)) {
                throw new IllegalStateException(target + " is in use by another process (is the server running?); "
                        + "stop the server, then restore");
            }
            sql.execute("BEGIN EXCLUSIVE"); // held until the restored file is in place
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            if (e instanceof SQLException busy && busy.getMessage() != null && busy.getMessage().contains("locked")) {
                throw new IllegalStateException(target + " is in use by another process (is the server running?); "
                        + "stop the server, then restore", e);
            }
            throw e;
        }
    }

    /** "ok" for a sound SQLite file, else SQLite's first complaint. Uses JDBC because jOOQ has no PRAGMA DSL. */
    public static String integrityCheck(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            return result.next() ? result.getString(1) : "no answer";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
