-- What happened to a project as a whole (issue 13): items deleted, imports undone, settings changed. An
-- item's own history goes with the item when it is deleted, so its deletion is written here.

CREATE TABLE project_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    at         TIMESTAMP(3) NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    action     VARCHAR(30)  NOT NULL,
    detail     TEXT         NOT NULL
);

CREATE INDEX project_event_project ON project_event (project_id, id);
