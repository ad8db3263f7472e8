CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
  created_at timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 90);
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value jsonb, expires_at timestamptz);
CREATE TABLE documents (
  id bigint GENERATED ALWAYS AS IDENTITY,
  tenant_id uuid NOT NULL REFERENCES tenants ON DELETE CASCADE,
  title text NOT NULL,
  body text,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
  tags text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  CONSTRAINT documents_title_len CHECK (length(title) BETWEEN 1 AND 500)
);
CREATE INDEX documents_search_idx ON documents USING gin (search);
CREATE INDEX documents_tags_idx ON documents USING gin (tags);
CREATE UNIQUE INDEX CONCURRENTLY documents_tenant_title ON documents (tenant_id, lower(title));
CREATE INDEX documents_recent ON documents (tenant_id, id DESC) WHERE version > 1;
CREATE TABLE events (
  id bigserial,
  occurred_at timestamptz NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audit (id serial PRIMARY KEY, at timestamptz DEFAULT now());
CREATE TABLE audit_docs (doc_id bigint) INHERITS (audit);
CREATE VIEW tenant_docs AS
  SELECT t.slug, d.id AS document_id, d.title, count(*) OVER (PARTITION BY t.id) AS n
  FROM tenants t JOIN documents d ON d.tenant_id = t.id;
CREATE MATERIALIZED VIEW doc_counts AS SELECT tenant_id, count(*) AS n FROM documents GROUP BY tenant_id;
ALTER TABLE documents ADD CONSTRAINT documents_version_pos CHECK (version > 0);
ALTER TABLE documents ALTER COLUMN body SET DEFAULT '';
ALTER TABLE documents RENAME COLUMN body TO content;
ALTER TABLE documents DROP COLUMN version;
COMMENT ON VIEW tenant_docs IS 'docs per tenant';
