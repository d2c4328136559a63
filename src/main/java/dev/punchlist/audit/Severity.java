package dev.punchlist.audit;

/** A finding's severity as a report states it; {@code INFO} is advice, not a defect. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
