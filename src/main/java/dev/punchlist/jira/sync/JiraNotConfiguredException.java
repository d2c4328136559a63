package dev.punchlist.jira.sync;

/** The project has no usable Jira settings or credentials yet; the message says what to set. */
public final class JiraNotConfiguredException extends RuntimeException {
    public JiraNotConfiguredException(String message) {
        super(message);
    }
}
