CREATE DOMAIN amount AS integer;
CREATE TYPE colour AS ENUM ('red', 'green');

CREATE TABLE account (
    id integer PRIMARY KEY,
    login varchar(40) DEFAULT NULL,
    nickname varchar DEFAULT NULL,
    country char(2) DEFAULT NULL,
    flag char DEFAULT NULL,
    bio text DEFAULT NULL,
    age integer DEFAULT NULL,
    balance numeric(12, 2) DEFAULT NULL,
    ratio numeric DEFAULT NULL,
    seen_at timestamp(3) DEFAULT NULL,
    created_at timestamp DEFAULT NULL,
    tags varchar(20)[] DEFAULT NULL,
    scores integer[] DEFAULT NULL,
    credit amount DEFAULT NULL,
    favourite colour DEFAULT NULL,
    bits bit(4) DEFAULT NULL,
    wait interval hour DEFAULT NULL,
    note text DEFAULT NULL::varchar,
    code varchar(8) DEFAULT NULL::text,
    other_colour colour DEFAULT NULL::colour,
    active boolean DEFAULT (NULL)
);

CREATE TABLE session (id integer PRIMARY KEY, token varchar(64), ip text);
ALTER TABLE session ALTER COLUMN token SET DEFAULT NULL;
ALTER TABLE session ALTER COLUMN ip SET DEFAULT NULL;
ALTER TABLE session ADD COLUMN agent varchar(255) DEFAULT NULL;
