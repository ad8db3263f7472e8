SET search_path = audit, public;
CREATE TABLE event (id integer PRIMARY KEY, kind text);
CREATE SCHEMA audit;
CREATE TABLE entry (id integer PRIMARY KEY, event_id integer REFERENCES event (id), at timestamp);
CREATE INDEX entry_at_idx ON entry (at);
CREATE INDEX event_kind_idx ON event (kind);
CREATE VIEW recent AS SELECT e.id, v.kind FROM entry e JOIN event v ON v.id = e.event_id;
