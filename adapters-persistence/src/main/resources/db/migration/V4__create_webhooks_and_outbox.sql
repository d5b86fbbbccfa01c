-- Vigil schema, version 4: webhooks and the notification outbox (events, deliveries to webhooks, attempts).
-- Times are epoch milliseconds (UTC) in INTEGER columns.

INSERT INTO id_sequence (name, value) VALUES ('webhooks', 0), ('notification_events', 0), ('deliveries', 0);

-- Secrets (url, telegram_bot_token, secret) are kept in clear: Vigil needs them to send and sign. The API never
-- shows them; protect the database file like a credential store.
CREATE TABLE webhooks (
    id                 INTEGER NOT NULL PRIMARY KEY,
    name               TEXT    NOT NULL,
    type               TEXT    NOT NULL CHECK (type IN ('generic', 'slack', 'discord', 'telegram', 'teams')),
    url                TEXT,
    telegram_bot_token TEXT,
    telegram_chat_id   TEXT,
    secret             TEXT    NOT NULL,
    events             TEXT    NOT NULL,            -- event names, comma-separated
    system_ids         TEXT    NOT NULL DEFAULT '', -- system ids, comma-separated; empty means every system
    enabled            INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    CHECK ((type = 'telegram' AND url IS NULL AND telegram_bot_token IS NOT NULL AND telegram_chat_id IS NOT NULL)
        OR (type <> 'telegram' AND url IS NOT NULL AND telegram_bot_token IS NULL AND telegram_chat_id IS NULL))
);

-- An event as notifications tell of it, captured when it happened; the document is JSON (summary, systems with
-- their names, status change facts, other facts) so that new kinds of event need no new columns.
CREATE TABLE notification_events (
    id          INTEGER NOT NULL PRIMARY KEY,
    type        TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    document    TEXT    NOT NULL
);

CREATE TABLE deliveries (
    id           INTEGER NOT NULL PRIMARY KEY,
    webhook_id   INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_type   TEXT    NOT NULL,
    coalesce_key TEXT,
    state        TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
    created_at   INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    leased_until INTEGER,
    retry_base   INTEGER NOT NULL DEFAULT 0,
    finished_at  INTEGER,
    CHECK ((state = 'pending') = (finished_at IS NULL))
);
CREATE INDEX deliveries_due ON deliveries (due_at, id) WHERE state = 'pending';
CREATE INDEX deliveries_by_webhook ON deliveries (webhook_id, id);
CREATE INDEX deliveries_by_key ON deliveries (webhook_id, coalesce_key, id) WHERE coalesce_key IS NOT NULL;
CREATE INDEX deliveries_finished ON deliveries (finished_at) WHERE state <> 'pending';

-- The events a delivery tells of, in order. An event may be told of by several deliveries (one per webhook).
CREATE TABLE delivery_events (
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    event_id    INTEGER NOT NULL REFERENCES notification_events (id),
    PRIMARY KEY (delivery_id, position)
);
CREATE INDEX delivery_events_by_event ON delivery_events (event_id);

CREATE TABLE delivery_attempts (
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('delivered', 'failed', 'rejected')),
    status_code INTEGER,
    error       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (delivery_id, number)
);
