package dev.punchlist.jira.sync;

import dev.punchlist.jira.JiraClient;
import dev.punchlist.jira.JiraCredentials;
import dev.punchlist.jira.JiraSettings;

/** Makes the client for a project's settings; tests swap in one with recorded (not real) waits. */
@FunctionalInterface
public interface JiraClients {
    JiraClient open(JiraSettings settings, JiraCredentials credentials);

    JiraClients DEFAULT = (s, c) -> new JiraClient(s, c, JiraClient.Options.defaults());
}
