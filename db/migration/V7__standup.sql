-- When a team held its stand-up: "since the last stand-up" on the stand-up page counts from the newest row.

CREATE TABLE standup (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    held_at    TIMESTAMP(3) NOT NULL,
    held_by    VARCHAR(100) NOT NULL
);

CREATE INDEX standup_project ON standup (project_id, held_at);
