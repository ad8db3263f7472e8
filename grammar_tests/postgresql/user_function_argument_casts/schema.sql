CREATE FUNCTION to_stamp(s varchar) RETURNS timestamp AS $$ BEGIN RETURN s::timestamptz AT TIME ZONE 'UTC'; END $$ LANGUAGE plpgsql IMMUTABLE;
CREATE FUNCTION widen(n bigint, label text DEFAULT 'x') RETURNS bigint AS $$ SELECT n $$ LANGUAGE sql IMMUTABLE;
CREATE FUNCTION ident(v anyelement) RETURNS anyelement AS $$ SELECT v $$ LANGUAGE sql IMMUTABLE;
CREATE TABLE events (
    id integer PRIMARY KEY,
    payload jsonb,
    small integer,
    code varchar(5),
    happened timestamp GENERATED ALWAYS AS (to_stamp(payload ->> 'at')) STORED,
    wide bigint GENERATED ALWAYS AS (widen(small)) STORED,
    wide2 bigint DEFAULT widen(3, 'y'),
    stamp2 timestamp DEFAULT public.to_stamp('2020-01-01'),
    same integer GENERATED ALWAYS AS (ident(small)) STORED,
    CONSTRAINT code_stamp CHECK (to_stamp(code) > '2000-01-01' AND widen(small + 1) > 0)
);
