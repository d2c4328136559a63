package dev.punchlist;

import java.nio.file.Path;

/**
 * Server settings, read once at start from flags and {@code PUNCHLIST_*} environment variables.
 *
 * @param bind            address to listen on
 * @param port            TCP port (0 picks a free one)
 * @param database        SQLite file
 * @param demo            create a demo project when the database is empty
 * @param maxReportBytes  largest report accepted by import
 * @param publicUrl       base URL used in links we hand out (Jira tickets, exports)
 */
public record Config(String bind, int port, Path database, boolean demo, long maxReportBytes, String publicUrl) {
    public Config {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxReportBytes < 1024) {
            throw new IllegalArgumentException("max report size must be at least 1024 bytes, got " + maxReportBytes);
        }
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind address must not be empty");
        }
    }
}
