package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraSync;

import java.time.Instant;

/**
 * An item's Jira state as the checklist row and the item page show it.
 *
 * @param state       {@code not_pushed}, {@code pending}, {@code synced} or {@code failed} (also the CSS suffix)
 * @param url         the ticket's page in Jira, or {@code null} before there is a ticket
 * @param nextRetryAt when a failed push is tried again; {@code null} when Jira would refuse it again until the item or the settings change
 */
record SyncCell(String state, String label, String issueKey, String url, String reason, Instant nextRetryAt) {
    static final SyncCell NOT_PUSHED = new SyncCell("not_pushed", "not pushed", null, null, null, null);

    /**
     * {@code projectProblem} is what stops the whole project's sync: a pending item without a reason of its own
     * waits for it, and says so instead of looking as if it were about to be sent.
     */
    static SyncCell of(JiraSync.Link link, String projectProblem) {
        if (link == null) {
            return NOT_PUSHED;
        }
        String reason = link.reason() == null && "pending".equals(link.state()) ? projectProblem : link.reason();
        return new SyncCell(link.state(), link.state().replace('_', ' '), link.issueKey(), link.url(), reason,
                link.nextRetryAt());
    }
}
