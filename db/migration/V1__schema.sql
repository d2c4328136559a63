-- punchlist schema. Flyway applies this at start; the build applies it to a scratch database and
-- generates the jOOQ classes from it. Keep it portable: SQLite today, PostgreSQL later.

CREATE TABLE project (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key         VARCHAR(20)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    settings    TEXT         NOT NULL,
    created_at  TIMESTAMP(3)    NOT NULL,
    updated_at  TIMESTAMP(3)    NOT NULL
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    sha256         CHAR(64)     NOT NULL,
    title          VARCHAR(300),
    source         TEXT         NOT NULL,
    score_overall  DOUBLE PRECISION,
    score_scale    DOUBLE PRECISION,
    baseline       DOUBLE PRECISION,
    categories     TEXT         NOT NULL,
    verdict        VARCHAR(300),
    parser_version VARCHAR(20)  NOT NULL,
    imported_at    TIMESTAMP(3)    NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    UNIQUE (project_id, sha256)
);

CREATE TABLE item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id        BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    audit_id          BIGINT       REFERENCES audit (id) ON DELETE SET NULL,
    position          INTEGER      NOT NULL,
    title             VARCHAR(500) NOT NULL,
    detail            TEXT,
    category          VARCHAR(100),
    severity          VARCHAR(10)  NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    phase             INTEGER      NOT NULL CHECK (phase IN (0, 1, 2)),
    phase_source      VARCHAR(10)  NOT NULL CHECK (phase_source IN ('severity', 'report', 'user')),
    effort_min        DOUBLE PRECISION,
    effort_max        DOUBLE PRECISION,
    effort_stated     BOOLEAN      NOT NULL,
    effort_text       VARCHAR(100),
    status            VARCHAR(12)  NOT NULL CHECK (status IN ('todo', 'in_progress', 'blocked', 'done', 'wont_fix')),
    status_reason     TEXT,
    assignee          VARCHAR(100),
    due_date          DATE,
    notes             TEXT,
    fingerprint       VARCHAR(500) NOT NULL,
    not_in_latest     BOOLEAN      NOT NULL DEFAULT FALSE,
    version           INTEGER      NOT NULL,
    updated_by        VARCHAR(100),
    created_at        TIMESTAMP(3)    NOT NULL,
    updated_at        TIMESTAMP(3)    NOT NULL,
    resolved_at       TIMESTAMP(3)
);

CREATE INDEX item_project_order ON item (project_id, phase, severity, position);
CREATE INDEX item_project_score ON item (project_id, status, severity, category);

CREATE TABLE mention (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id      BIGINT  NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    audit_id     BIGINT  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    line         INTEGER NOT NULL,
    end_line     INTEGER NOT NULL,
    heading_path TEXT    NOT NULL,
    quote        TEXT    NOT NULL
);

CREATE INDEX mention_item ON mention (item_id);

CREATE TABLE item_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id    BIGINT       NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    project_id BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    at         TIMESTAMP(3)    NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    source     VARCHAR(10)  NOT NULL CHECK (source IN ('user', 'import', 'jira', 'system')),
    field      VARCHAR(30)  NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    reason     TEXT
);

CREATE INDEX item_history_item ON item_history (item_id, id);
CREATE INDEX item_history_project ON item_history (project_id, at);

CREATE TABLE score_snapshot (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id     BIGINT           NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    at             TIMESTAMP(3)        NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    level          VARCHAR(20)      NOT NULL,
    remaining_min  DOUBLE PRECISION NOT NULL,
    remaining_max  DOUBLE PRECISION,
    cause          VARCHAR(300)     NOT NULL
);

CREATE INDEX score_snapshot_project ON score_snapshot (project_id, id);
