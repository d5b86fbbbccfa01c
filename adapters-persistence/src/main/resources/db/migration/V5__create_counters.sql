-- Issue 5: the public counters operators push to the status page (PUT /api/counters/{name}).
-- Times are epoch milliseconds (UTC) in INTEGER columns.

CREATE TABLE counters (
    name       TEXT    NOT NULL PRIMARY KEY,
    label      TEXT    NOT NULL,
    value      INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
