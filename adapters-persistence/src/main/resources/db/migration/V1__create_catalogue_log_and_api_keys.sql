-- Vigil schema, version 1: systems, dependencies, the status log, API keys and id sequences.
-- Times are epoch milliseconds (UTC) in INTEGER columns.

CREATE TABLE id_sequence (
    name  TEXT    NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO id_sequence (name, value) VALUES ('systems', 0), ('dependencies', 0), ('api_keys', 0);

CREATE TABLE systems (
    id            INTEGER NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL,
    slug          TEXT    NOT NULL UNIQUE,
    description   TEXT    NOT NULL DEFAULT '',
    url           TEXT    NOT NULL DEFAULT '',
    owner         TEXT    NOT NULL DEFAULT '',
    visibility    TEXT    NOT NULL CHECK (visibility IN ('public', 'private')),
    sla_target    REAL    NOT NULL CHECK (sla_target > 0 AND sla_target <= 100),
    manual_status TEXT    NOT NULL CHECK (manual_status IN ('operational', 'degraded', 'outage', 'maintenance')),
    status        TEXT    NOT NULL CHECK (status IN ('operational', 'degraded', 'outage', 'maintenance', 'unknown')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE dependencies (
    id          INTEGER NOT NULL PRIMARY KEY,
    system_id   INTEGER NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    criticality TEXT    NOT NULL CHECK (criticality IN ('critical', 'minor')),
    status      TEXT    NOT NULL CHECK (status IN ('operational', 'degraded', 'outage', 'maintenance', 'unknown')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX dependencies_by_system ON dependencies (system_id);

-- No foreign keys: the history outlives the systems and dependencies it is about.
CREATE TABLE status_log (
    id                  INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    system_id           INTEGER NOT NULL,
    dependency_id       INTEGER,
    old_status          TEXT    NOT NULL CHECK (old_status IN ('operational', 'degraded', 'outage', 'maintenance', 'unknown')),
    new_status          TEXT    NOT NULL CHECK (new_status IN ('operational', 'degraded', 'outage', 'maintenance', 'unknown')),
    message             TEXT    NOT NULL DEFAULT '',
    source              TEXT    NOT NULL CHECK (source IN ('manual', 'check', 'rollup', 'maintenance', 'import')),
    cause_dependency_id INTEGER,
    created_at          INTEGER NOT NULL
);
CREATE INDEX status_log_by_system ON status_log (system_id, id);
CREATE INDEX status_log_by_dependency ON status_log (dependency_id, id) WHERE dependency_id IS NOT NULL;
CREATE INDEX status_log_by_time ON status_log (created_at);

CREATE TABLE api_keys (
    id           INTEGER NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL,
    hint         TEXT    NOT NULL DEFAULT '',
    secret_hash  TEXT    NOT NULL UNIQUE,
    scopes       TEXT    NOT NULL,
    origin       TEXT    NOT NULL CHECK (origin IN ('created', 'initial', 'environment')),
    expires_at   INTEGER,
    last_used_at INTEGER,
    created_at   INTEGER NOT NULL
);
