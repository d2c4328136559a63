package dev.punchlist.jira;

/**
 * A write timed out: Jira may or may not have applied it. Before creating again, the caller must look
 * the item up by its label ({@link JiraClient#findByLabel(String)}).
 */
public class JiraAmbiguousException extends RuntimeException {
    public JiraAmbiguousException(String message, Throwable cause) {
        super(message, cause);
    }
}
