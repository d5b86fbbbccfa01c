-- Vigil schema, version 3.1 (issue 4): every subject's time per status, tallied once per closed UTC day, so that
-- analytics and SLA reports over months read a few rows per subject instead of every status change.
--
-- A row holds the day's own tally, the subject's running totals through that day (so the sum over any days is the
-- difference of two rows), the longest outage that ended within the 2, 4, … 256 days ending that day (so the
-- longest over any range up to 512 days is the larger of two rows: a sparse table), and where the subject's
-- timeline stood at the day's end, from which the next day is walked.

CREATE TABLE status_day_tallies (
    day                           INTEGER NOT NULL,  -- days since 1970-01-01 (UTC)
    subject_kind                  TEXT    NOT NULL CHECK (subject_kind IN ('system', 'dependency')),
    subject_id                    INTEGER NOT NULL,
    operational_ms                INTEGER NOT NULL,
    degraded_ms                   INTEGER NOT NULL,
    outage_ms                     INTEGER NOT NULL,
    maintenance_ms                INTEGER NOT NULL,
    unknown_ms                    INTEGER NOT NULL,
    outages_started               INTEGER NOT NULL,
    outages_ended                 INTEGER NOT NULL,
    ended_outage_ms               INTEGER NOT NULL,
    longest_ended_outage_ms       INTEGER NOT NULL,
    failures_after_recovery       INTEGER NOT NULL,
    between_failures_ms           INTEGER NOT NULL,
    total_operational_ms          INTEGER NOT NULL,
    total_degraded_ms             INTEGER NOT NULL,
    total_outage_ms               INTEGER NOT NULL,
    total_maintenance_ms          INTEGER NOT NULL,
    total_unknown_ms              INTEGER NOT NULL,
    total_outages_started         INTEGER NOT NULL,
    total_outages_ended           INTEGER NOT NULL,
    total_ended_outage_ms         INTEGER NOT NULL,
    total_failures_after_recovery INTEGER NOT NULL,
    total_between_failures_ms     INTEGER NOT NULL,
    longest_2d                    INTEGER NOT NULL,
    longest_4d                    INTEGER NOT NULL,
    longest_8d                    INTEGER NOT NULL,
    longest_16d                   INTEGER NOT NULL,
    longest_32d                   INTEGER NOT NULL,
    longest_64d                   INTEGER NOT NULL,
    longest_128d                  INTEGER NOT NULL,
    longest_256d                  INTEGER NOT NULL,
    end_status                    TEXT    NOT NULL
        CHECK (end_status IN ('operational', 'degraded', 'outage', 'maintenance', 'unknown')),
    end_since                     INTEGER NOT NULL,
    end_last_outage_end           INTEGER,
    PRIMARY KEY (day, subject_kind, subject_id)
) WITHOUT ROWID;

-- The days tallied, so that the first and last are one lookup and a day with no subject still counts as done.
CREATE TABLE status_tallied_days (
    day INTEGER NOT NULL PRIMARY KEY
);
