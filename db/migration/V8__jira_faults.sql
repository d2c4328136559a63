-- Jira under faults (issue 14): when a create was last sent, so an unconfirmed one is looked up by label
-- until long after that and never sent again earlier; and what the duplicate sweep did per project.

ALTER TABLE jira_outbox ADD COLUMN sent_at TIMESTAMP(3);
ALTER TABLE jira_settings ADD COLUMN duplicates_closed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jira_settings ADD COLUMN duplicates_left TEXT;
