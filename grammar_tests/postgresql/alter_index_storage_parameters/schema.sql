CREATE TABLE event (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb,
    created_at timestamptz NOT NULL
);
CREATE INDEX event_kind_idx ON event (kind) WITH (fillfactor = 70);
CREATE INDEX event_payload_idx ON event USING gin (payload) WITH (fastupdate = on);
CREATE INDEX event_created_idx ON event (created_at);

ALTER INDEX event_kind_idx SET (deduplicate_items = off, fillfactor = 90);
ALTER INDEX IF EXISTS public.event_payload_idx RESET (fastupdate);
ALTER INDEX event_payload_idx SET (gin_pending_list_limit = 512);
ALTER INDEX event_created_idx SET (fillfactor = 50, deduplicate_items = on);
ALTER INDEX event_created_idx SET (fillfactor = 40);
ALTER INDEX event_created_idx RESET (fillfactor);
ALTER INDEX event_pkey SET (fillfactor = 80);

ALTER INDEX event_kind_idx SET TABLESPACE pg_default;
CREATE INDEX event_lower_kind_idx ON event (lower(kind));
ALTER INDEX event_lower_kind_idx ALTER COLUMN 1 SET STATISTICS 200;
CLUSTER event USING event_pkey;
REINDEX TABLE event;
