-- Issue 5: the admin UI's login. Passwords are kept only as slow salted hashes, sessions only under the SHA-256 of
-- the token in the browser's cookie. Times are epoch milliseconds (UTC) in INTEGER columns.

CREATE TABLE admin_accounts (
    username      TEXT    NOT NULL PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE admin_sessions (
    id           TEXT    NOT NULL PRIMARY KEY,
    username     TEXT    NOT NULL REFERENCES admin_accounts (username) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX admin_sessions_by_username ON admin_sessions (username);

CREATE TABLE login_throttles (
    username        TEXT    NOT NULL PRIMARY KEY,
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at INTEGER NOT NULL
);
