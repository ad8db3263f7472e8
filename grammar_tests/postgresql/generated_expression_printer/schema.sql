CREATE TABLE account (
    id integer PRIMARY KEY,
    handle varchar(30),
    score integer,
    handle_c text GENERATED ALWAYS AS (lower(handle) COLLATE "C") STORED,
    handle_d text GENERATED ALWAYS AS (handle COLLATE "default") STORED,
    suffixed text GENERATED ALWAYS AS (handle || '!' COLLATE "C") STORED,
    doubled integer GENERATED ALWAYS AS (score * 2 + 1) STORED
);
