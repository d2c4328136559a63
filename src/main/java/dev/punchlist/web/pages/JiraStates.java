package dev.punchlist.web.pages;

import dev.punchlist.jira.sync.JiraHealth;
import dev.punchlist.jira.sync.JiraSettingsStore;
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
        return settings(projectKey) != null;
    }

    /** Item id → state, where a missing id means not pushed; {@code null} when the project has no Jira settings. */
    Map<Long, SyncCell> forProject(String projectKey) {
        JiraSettingsStore.View view = settings(projectKey);
        if (view == null) {
            return null;
        }
        Map<Long, SyncCell> cells = new HashMap<>();
        sync.links(projectKey).forEach((id, link) -> cells.put(id, SyncCell.of(link, view.problem())));
        return cells;
    }

    /** One item's state, or {@code null} when its project has no Jira settings. */
    SyncCell forItem(String projectKey, long itemId) {
        JiraSettingsStore.View view = settings(projectKey);
        return view == null ? null : SyncCell.of(sync.link(projectKey, itemId).orElse(null), view.problem());
    }

    /** The health line's facts, or {@code null} when the project has no Jira settings. */
    JiraHealth health(String projectKey) {
        return sync.health(projectKey);
    }

    private JiraSettingsStore.View settings(String projectKey) {
        return sync.settingsStore().find(projectKey).orElse(null);
    }
}
