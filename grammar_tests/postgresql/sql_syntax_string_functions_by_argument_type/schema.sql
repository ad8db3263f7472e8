CREATE TABLE frame (
    id integer PRIMARY KEY,
    payload bytea,
    title varchar(40),
    marker integer GENERATED ALWAYS AS (position('\x00'::bytea in payload)) STORED,
    head bytea GENERATED ALWAYS AS (substring(payload from 1 for 4)) STORED,
    patched bytea GENERATED ALWAYS AS (overlay(payload placing '\xff'::bytea from 1 for 1)) STORED,
    stripped bytea GENERATED ALWAYS AS (trim(both '\x00'::bytea from payload)) STORED,
    short_title text GENERATED ALWAYS AS (substring(title from 1 for 10)) STORED,
    clean_title text GENERATED ALWAYS AS (trim(leading from title)) STORED,
    title_at integer GENERATED ALWAYS AS (position('a' in title)) STORED
);
