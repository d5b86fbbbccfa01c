-- Vigil schema, version 3 (issue 4): incidents with their timelines, maintenance windows, SLA breaches and
-- reports, and the delay before a system's outage opens an incident by itself.
-- Times are epoch milliseconds (UTC) in INTEGER columns. Incidents, breaches and reports name systems by id
-- without foreign keys: like the status log, they are history and outlive what they are about.

ALTER TABLE systems ADD COLUMN auto_incident_after INTEGER NOT NULL DEFAULT 120
    CHECK (auto_incident_after BETWEEN 0 AND 604800);

INSERT INTO id_sequence (name, value) VALUES ('incidents', 0), ('maintenances', 0), ('sla_breaches', 0),
                                             ('sla_reports', 0);

CREATE TABLE incidents (
    id                     INTEGER NOT NULL PRIMARY KEY,
    title                  TEXT    NOT NULL,
    impact                 TEXT    NOT NULL CHECK (impact IN ('none', 'minor', 'major', 'critical')),
    state                  TEXT    NOT NULL CHECK (state IN ('investigating', 'identified', 'monitoring', 'resolved')),
    started_at             INTEGER NOT NULL,
    resolved_at            INTEGER,
    acknowledged_by        TEXT,
    acknowledged_at        INTEGER,
    postmortem             TEXT    NOT NULL DEFAULT '',
    -- For an incident Vigil opened: the system it watches, the start of the outage, the last log entry seen.
    auto_system_id         INTEGER,
    auto_outage_since      INTEGER,
    auto_last_seen_entry   INTEGER,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    CHECK ((state = 'resolved') = (resolved_at IS NOT NULL)),
    CHECK ((auto_system_id IS NULL) = (auto_outage_since IS NULL)),
    CHECK ((auto_system_id IS NULL) = (auto_last_seen_entry IS NULL))
);
CREATE INDEX incidents_newest_first ON incidents (started_at DESC, id DESC);
CREATE INDEX incidents_unresolved ON incidents (started_at) WHERE state <> 'resolved';
CREATE INDEX incidents_by_resolution ON incidents (resolved_at) WHERE resolved_at IS NOT NULL;
-- One automatic incident per outage, and at most one open automatic incident per system.
CREATE UNIQUE INDEX incidents_one_per_outage ON incidents (auto_system_id, auto_outage_since)
    WHERE auto_system_id IS NOT NULL;
CREATE UNIQUE INDEX incidents_one_open_automatic ON incidents (auto_system_id)
    WHERE auto_system_id IS NOT NULL AND state <> 'resolved';

CREATE TABLE incident_systems (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    system_id   INTEGER NOT NULL,
    PRIMARY KEY (incident_id, system_id)
) WITHOUT ROWID;

CREATE TABLE incident_updates (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    at          INTEGER NOT NULL,
    state       TEXT    NOT NULL CHECK (state IN ('investigating', 'identified', 'monitoring', 'resolved')),
    message     TEXT    NOT NULL,
    visibility  TEXT    NOT NULL CHECK (visibility IN ('public', 'internal')),
    author      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, number)
);

CREATE TABLE maintenances (
    id             INTEGER NOT NULL PRIMARY KEY,
    title          TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    starts_at      INTEGER NOT NULL,
    ends_at        INTEGER NOT NULL,
    cancelled_at   INTEGER,
    -- When Vigil applied the window's start and end to its systems' statuses.
    activated_at   INTEGER,
    deactivated_at INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (deactivated_at IS NULL OR activated_at IS NOT NULL)
);
CREATE INDEX maintenances_by_start ON maintenances (starts_at);
CREATE INDEX maintenances_by_end ON maintenances (ends_at);
CREATE INDEX maintenances_in_effect ON maintenances (activated_at)
    WHERE activated_at IS NOT NULL AND deactivated_at IS NULL;

-- No row: the window concerns every system.
CREATE TABLE maintenance_systems (
    maintenance_id INTEGER NOT NULL REFERENCES maintenances (id) ON DELETE CASCADE,
    system_id      INTEGER NOT NULL,
    PRIMARY KEY (maintenance_id, system_id)
) WITHOUT ROWID;

CREATE TABLE sla_breaches (
    id              INTEGER NOT NULL PRIMARY KEY,
    system_id       INTEGER NOT NULL,
    system_name     TEXT    NOT NULL,
    period          TEXT    NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
    period_start    INTEGER NOT NULL,
    period_end      INTEGER NOT NULL,
    target          REAL    NOT NULL,
    availability    REAL    NOT NULL,
    budget_ms       INTEGER NOT NULL,
    spent_ms        INTEGER NOT NULL,
    detected_at     INTEGER NOT NULL,
    acknowledged_by TEXT,
    acknowledged_at INTEGER,
    UNIQUE (system_id, period, period_start)
);
CREATE INDEX sla_breaches_latest_first ON sla_breaches (detected_at DESC, id DESC);
CREATE INDEX sla_breaches_unacknowledged ON sla_breaches (detected_at DESC, id DESC) WHERE acknowledged_by IS NULL;

-- The overall figures are derived from the lines; they are kept here too so that a list of reports reads no lines.
CREATE TABLE sla_reports (
    id                   INTEGER NOT NULL PRIMARY KEY,
    title                TEXT    NOT NULL,
    period               TEXT CHECK (period IN ('month', 'quarter', 'year', '24h', '7d', '30d', '90d')),
    period_from          INTEGER NOT NULL,
    period_to            INTEGER NOT NULL,
    period_end           INTEGER NOT NULL,
    generated_at         INTEGER NOT NULL,
    generated_by         TEXT    NOT NULL DEFAULT '',
    overall_uptime       REAL    NOT NULL,
    overall_availability REAL    NOT NULL,
    systems              INTEGER NOT NULL,
    systems_meeting      INTEGER NOT NULL,
    systems_breaching    INTEGER NOT NULL
);
CREATE INDEX sla_reports_latest_first ON sla_reports (generated_at DESC, id DESC);

CREATE TABLE sla_report_lines (
    report_id               INTEGER NOT NULL REFERENCES sla_reports (id) ON DELETE CASCADE,
    position                INTEGER NOT NULL,
    system_id               INTEGER NOT NULL,
    dependency_id           INTEGER,
    name                    TEXT    NOT NULL,
    operational_ms          INTEGER NOT NULL,
    degraded_ms             INTEGER NOT NULL,
    outage_ms               INTEGER NOT NULL,
    maintenance_ms          INTEGER NOT NULL,
    unknown_ms              INTEGER NOT NULL,
    outages_started         INTEGER NOT NULL,
    outages_ended           INTEGER NOT NULL,
    ended_outage_ms         INTEGER NOT NULL,
    longest_ended_outage_ms INTEGER NOT NULL,
    failures_after_recovery INTEGER NOT NULL,
    between_failures_ms     INTEGER NOT NULL,
    uptime_percent          REAL    NOT NULL,
    availability_percent    REAL    NOT NULL,
    outages                 INTEGER NOT NULL,
    longest_outage_ms       INTEGER NOT NULL,
    mttr_ms                 INTEGER,
    mtbf_ms                 INTEGER,
    -- The SLA assessment: systems only.
    target                  REAL,
    met                     INTEGER,
    budget_ms               INTEGER,
    spent_ms                INTEGER,
    remaining_ms            INTEGER,
    burn_rate               REAL,
    summary                 TEXT CHECK (summary IN ('excellent', 'good', 'at_risk', 'breached')),
    PRIMARY KEY (report_id, position),
    CHECK ((dependency_id IS NULL) = (summary IS NOT NULL))
);
