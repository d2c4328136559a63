-- Jira sync: per-project settings, the link of each item to its ticket, an outbox of pending writes,
-- and the webhook deliveries already applied.

CREATE TABLE jira_settings (
    project_id            BIGINT       PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    site_url              VARCHAR(500) NOT NULL,
    flavour               VARCHAR(20)  NOT NULL CHECK (flavour IN ('cloud', 'data_center')),
    jira_project_key      VARCHAR(20)  NOT NULL,
    issue_type            VARCHAR(100) NOT NULL,
    priorities            TEXT         NOT NULL,
    labels                TEXT         NOT NULL,
    parents               TEXT         NOT NULL,
    done_category         VARCHAR(20)  NOT NULL,
    credentials_encrypted TEXT,
    updated_at            TIMESTAMP(3) NOT NULL
);

CREATE TABLE jira_link (
    item_id       BIGINT       PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    issue_key     VARCHAR(50),
    issue_id      VARCHAR(50),
    state         VARCHAR(10)  NOT NULL CHECK (state IN ('pending', 'synced', 'failed')),
    last_error    TEXT,
    next_retry_at TIMESTAMP(3),
    synced_at     TIMESTAMP(3),
    jira_updated  TIMESTAMP(3),
    pushed_hash   VARCHAR(64)
);

CREATE TABLE jira_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id         BIGINT       NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    kind            VARCHAR(12)  NOT NULL CHECK (kind IN ('create', 'update', 'transition')),
    payload         TEXT,
    created_at      TIMESTAMP(3) NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3),
    done_at         TIMESTAMP(3)
);

CREATE INDEX jira_outbox_open ON jira_outbox (done_at, id);
CREATE INDEX jira_outbox_item ON jira_outbox (item_id);

CREATE TABLE jira_webhook_delivery (
    identifier  VARCHAR(200) PRIMARY KEY,
    received_at TIMESTAMP(3) NOT NULL
);
