package dev.punchlist.jira;

/**
 * Jira refused the request because of how it is set up (credentials, permissions, project, fields).
 * Retrying cannot help; the message is written for the person who configures the integration.
 */
public class JiraConfigException extends RuntimeException {
    private final int status;

    public JiraConfigException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status Jira answered with. */
    public int status() {
        return status;
    }
}
