CREATE TABLE events (occurred_at timestamptz NOT NULL, kind text NOT NULL, payload jsonb);
CREATE INDEX events_kind ON events (kind);
