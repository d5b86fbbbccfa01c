-- Vigil schema, version 2: checks (one per dependency at most) and their history in three tiers.
-- Times and durations are milliseconds in INTEGER columns.

CREATE TABLE checks (
    dependency_id         INTEGER NOT NULL PRIMARY KEY REFERENCES dependencies (id) ON DELETE CASCADE,
    kind                  TEXT    NOT NULL CHECK (kind IN ('http', 'tcp', 'push')),
    -- http
    url                   TEXT,
    method                TEXT,
    expect_status         TEXT,
    body_rule             TEXT    CHECK (body_rule IN ('contains', 'json', 'regex')),
    body_rule_text        TEXT,
    body_rule_value       TEXT,
    headers               TEXT,          -- secret: 'Name: value' lines, never shown
    body                  TEXT,          -- secret, never shown
    degraded_latency_ms   INTEGER,
    -- tcp
    host                  TEXT,
    port                  INTEGER,
    -- http and tcp
    timeout_ms            INTEGER,
    interval_ms           INTEGER,
    -- push
    push_period_ms        INTEGER,
    push_cron             TEXT,
    push_zone             TEXT,
    push_grace_ms         INTEGER,
    token_hash            TEXT    UNIQUE,
    -- thresholds and state
    failure_threshold     INTEGER NOT NULL,
    success_threshold     INTEGER NOT NULL,
    consecutive_failures  INTEGER NOT NULL,
    consecutive_successes INTEGER NOT NULL,
    last_at               INTEGER,
    last_verdict          TEXT    CHECK (last_verdict IN ('up', 'degraded', 'down')),
    last_latency_ms       INTEGER,
    last_status_code      INTEGER,
    last_reason           TEXT,
    last_ping_at          INTEGER,
    missing               INTEGER NOT NULL DEFAULT 0,
    ping_deadline         INTEGER,       -- push only: when it goes missing without a ping
    configured_at         INTEGER NOT NULL
);
CREATE INDEX checks_push_deadline ON checks (ping_deadline) WHERE kind = 'push' AND missing = 0;

-- Raw results (kept 2 days by default). No foreign key: results age out on their own.
-- verdict: 0 up, 1 degraded, 2 down. A second result of one dependency in the same millisecond is dropped.
CREATE TABLE check_results (
    dependency_id INTEGER NOT NULL,
    at            INTEGER NOT NULL,
    verdict       INTEGER NOT NULL CHECK (verdict IN (0, 1, 2)),
    latency_ms    INTEGER NOT NULL,
    status_code   INTEGER,
    reason        TEXT,
    PRIMARY KEY (dependency_id, at)
) WITHOUT ROWID;

-- Hourly and daily roll-ups: counts, latency of the results that did not fail, and a fixed histogram
-- (h0..h19, bucket bounds in LatencyHistogram) for percentiles.
CREATE TABLE check_hourly (
    dependency_id INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    failures      INTEGER NOT NULL,
    degraded      INTEGER NOT NULL,
    latency_min   INTEGER NOT NULL,
    latency_max   INTEGER NOT NULL,
    latency_sum   INTEGER NOT NULL,
    h0 INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL, h3 INTEGER NOT NULL, h4 INTEGER NOT NULL,
    h5 INTEGER NOT NULL, h6 INTEGER NOT NULL, h7 INTEGER NOT NULL, h8 INTEGER NOT NULL, h9 INTEGER NOT NULL,
    h10 INTEGER NOT NULL, h11 INTEGER NOT NULL, h12 INTEGER NOT NULL, h13 INTEGER NOT NULL, h14 INTEGER NOT NULL,
    h15 INTEGER NOT NULL, h16 INTEGER NOT NULL, h17 INTEGER NOT NULL, h18 INTEGER NOT NULL, h19 INTEGER NOT NULL,
    PRIMARY KEY (dependency_id, start)
) WITHOUT ROWID;

CREATE TABLE check_daily (
    dependency_id INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    failures      INTEGER NOT NULL,
    degraded      INTEGER NOT NULL,
    latency_min   INTEGER NOT NULL,
    latency_max   INTEGER NOT NULL,
    latency_sum   INTEGER NOT NULL,
    h0 INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL, h3 INTEGER NOT NULL, h4 INTEGER NOT NULL,
    h5 INTEGER NOT NULL, h6 INTEGER NOT NULL, h7 INTEGER NOT NULL, h8 INTEGER NOT NULL, h9 INTEGER NOT NULL,
    h10 INTEGER NOT NULL, h11 INTEGER NOT NULL, h12 INTEGER NOT NULL, h13 INTEGER NOT NULL, h14 INTEGER NOT NULL,
    h15 INTEGER NOT NULL, h16 INTEGER NOT NULL, h17 INTEGER NOT NULL, h18 INTEGER NOT NULL, h19 INTEGER NOT NULL,
    PRIMARY KEY (dependency_id, start)
) WITHOUT ROWID;

-- How far each roll-up has got: every period before 'until' is rolled up.
CREATE TABLE check_rollup_marks (
    tier  TEXT    NOT NULL PRIMARY KEY CHECK (tier IN ('hourly', 'daily')),
    until INTEGER NOT NULL
);
