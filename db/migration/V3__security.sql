-- Accounts, sessions, API tokens and the security audit log (issue 5).
-- Secrets are never stored as given: passwords as Argon2id hashes, session ids as an HMAC under the
-- server's session key, API tokens as SHA-256 (they are long random strings, so a fast hash is enough).

CREATE TABLE app_user (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(300) NOT NULL,
    role          VARCHAR(10)  NOT NULL CHECK (role IN ('viewer', 'member', 'lead', 'admin')),
    created_at    TIMESTAMP(3) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL
);

CREATE TABLE user_session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    user_id       BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    last_seen_at  TIMESTAMP(3) NOT NULL,
    expires_at    TIMESTAMP(3) NOT NULL
);

CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE api_token (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    scope         VARCHAR(5)   NOT NULL CHECK (scope IN ('read', 'write')),
    created_at    TIMESTAMP(3) NOT NULL,
    expires_at    TIMESTAMP(3) NOT NULL,
    last_used_at  TIMESTAMP(3),
    revoked_at    TIMESTAMP(3)
);

CREATE INDEX api_token_user ON api_token (user_id);

CREATE TABLE security_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TIMESTAMP(3) NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    target         VARCHAR(200),
    detail         TEXT,
    client_address VARCHAR(64)
);

CREATE INDEX security_event_at ON security_event (at, id);
