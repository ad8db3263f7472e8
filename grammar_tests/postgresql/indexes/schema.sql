CREATE TABLE things (id integer PRIMARY KEY, name text NOT NULL, flag boolean, score integer, tag text);
CREATE INDEX ON things (name);
CREATE UNIQUE INDEX things_tag ON things (tag);
CREATE INDEX things_multi ON things (name, score DESC);
CREATE INDEX things_partial ON things (score) WHERE flag;
CREATE INDEX things_lower ON things (lower(name));
