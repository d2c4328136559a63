package dev.punchlist.jira;

/** Jira kept failing (5xx, 429, network) after every retry; the request may be tried again later. */
public class JiraUnavailableException extends RuntimeException {
    public JiraUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
