-- Jira API and webhook (issue 6): the webhook secret (encrypted like the credentials), the last
-- configuration problem Jira reported (shown once, until the settings are fixed), and the time of the
-- last reconciliation, so the next one asks Jira only for what changed since.

ALTER TABLE jira_settings ADD COLUMN webhook_secret_encrypted TEXT;
ALTER TABLE jira_settings ADD COLUMN problem TEXT;
ALTER TABLE jira_settings ADD COLUMN problem_at TIMESTAMP(3);
ALTER TABLE jira_settings ADD COLUMN pulled_at TIMESTAMP(3);
