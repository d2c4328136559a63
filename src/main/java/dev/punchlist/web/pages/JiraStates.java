package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraSync;

import java.util.HashMap;
import java.util.Map;

/**
 * The Jira state the checklist and item pages show; nothing at all for a project without Jira settings.
 * The checklist reads the links of the whole project in one query, however many rows it has.
 */
final class JiraStates {
    private final JiraSync sync;

    JiraStates(JiraSync sync) {
        this.sync = sync;
    }

    boolean configured(String projectKey) {
        return sync.settingsStore().find(projectKey).isPresent();
    }

    /** Item id → state, where a missing id means not pushed; {@code null} when the project has no Jira settings. */
    Map<Long, SyncCell> forProject(String projectKey) {
        if (!configured(projectKey)) {
            return null;
        }
        Map<Long, SyncCell> cells = new HashMap<>();
        sync.links(projectKey).forEach((id, link) -> cells.put(id, SyncCell.of(link)));
        return cells;
    }

    /** One item's state, or {@code null} when its project has no Jira settings. */
    SyncCell forItem(String projectKey, long itemId) {
        return configured(projectKey) ? SyncCell.of(sync.link(projectKey, itemId).orElse(null)) : null;
    }
}
