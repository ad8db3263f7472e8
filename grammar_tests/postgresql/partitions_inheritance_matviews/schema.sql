CREATE TABLE events (
  id bigserial,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind <> ''),
  payload jsonb NOT NULL,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audit (id serial PRIMARY KEY, at timestamptz DEFAULT now());
CREATE TABLE audit_docs (doc_id bigint) INHERITS (audit);
CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE TABLE docs (id serial PRIMARY KEY, title text NOT NULL, body text);
CREATE INDEX docs_search ON docs USING gin (to_tsvector('english', body));
CREATE INDEX docs_title ON docs USING hash (title);
CREATE TABLE tagged (id serial PRIMARY KEY, tags text[]);
CREATE INDEX tagged_tags ON tagged USING gin (tags);
