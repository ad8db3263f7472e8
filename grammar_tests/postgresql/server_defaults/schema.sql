CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE defaults (
    id serial PRIMARY KEY,
    n integer DEFAULT 42,
    neg integer DEFAULT -1,
    r real DEFAULT 1.5,
    d numeric(8, 2) DEFAULT 0,
    s text DEFAULT 'it''s',
    e text DEFAULT '',
    b boolean DEFAULT false,
    created timestamptz NOT NULL DEFAULT now(),
    ts timestamp DEFAULT CURRENT_TIMESTAMP,
    dt date DEFAULT CURRENT_DATE,
    expr integer DEFAULT (2 * 21),
    st status NOT NULL DEFAULT 'draft',
    u uuid DEFAULT gen_random_uuid(),
    arr integer[] DEFAULT '{}',
    j jsonb DEFAULT '{}'::jsonb,
    nul text DEFAULT NULL
);
