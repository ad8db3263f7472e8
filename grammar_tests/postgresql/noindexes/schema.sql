CREATE TABLE things (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX things_name ON things (name);
