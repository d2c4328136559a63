package dev.punchlist.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One checklist item: a finding to fix, with who does it, when, and how far it got. */
public record Item(long id, long projectId, Long auditId, int position, String title, String detail,
                   String category, Severity severity, int phase, PhaseSource phaseSource, EffortRange effort,
                   boolean effortStated, String effortText, Status status, String statusReason,
                   String assignee, LocalDate due, String notes, boolean notInLatest, int version,
                   String updatedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt) {

    /** Why an item sits in its phase. */
    public enum PhaseSource {
        SEVERITY, REPORT, USER;

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean overdue(LocalDate today) {
        return summary().overdue(today);
    }

    public ItemSummary summary() {
        return new ItemSummary(id, title, category, severity, phase, effort, effortStated, status, assignee, due,
                notInLatest, version, position);
    }
}
