package dev.punchlist.plan;

import java.time.Instant;

/** A team's remediation effort for one system, fed by one or more audit reports. */
public record Project(long id, String key, String name, String description, ProjectSettings settings,
                      Instant createdAt, Instant updatedAt) {
}
