-- Feature probe: many PostgreSQL types, defaults and constraint forms.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE SEQUENCE custom_seq START 100 INCREMENT 5;
CREATE TABLE things (
    id serial PRIMARY KEY,
    big bigserial,
    small smallserial,
    ident_always int GENERATED ALWAYS AS IDENTITY,
    custom int DEFAULT nextval('custom_seq'),
    code char(3) NOT NULL,
    name varchar NOT NULL,
    name2 character varying(40) COLLATE "C",
    price numeric(10,2) DEFAULT 0,
    ratio real,
    dbl double precision,
    flag boolean DEFAULT true,
    born date,
    at_ts timestamp DEFAULT CURRENT_TIMESTAMP,
    at_tstz timestamptz DEFAULT now(),
    at_time time,
    dur interval,
    uid uuid DEFAULT gen_random_uuid(),
    doc json,
    docb jsonb DEFAULT '{}'::jsonb,
    tags text[],
    matrix integer[][],
    m mood DEFAULT 'ok',
    pos positive_int,
    ip inet,
    bits bit(8),
    raw bytea,
    money_col money,
    total numeric GENERATED ALWAYS AS (price * 2) STORED,
    lower_name text,
    CONSTRAINT things_code_uq UNIQUE (code),
    UNIQUE (name, code),
    CHECK (price >= 0)
);
CREATE INDEX ON things (born);
CREATE INDEX things_lower_idx ON things (lower(name));
CREATE UNIQUE INDEX things_partial ON things (name2) WHERE flag;
CREATE TABLE children (
    thing_id int REFERENCES things,
    seq int,
    note text,
    PRIMARY KEY (thing_id, seq)
);
CREATE TABLE self_ref (id int PRIMARY KEY, parent_id int REFERENCES self_ref(id));
CREATE TABLE "Mixed Case" ("Some Col" int, "class" text, "order" int);
COMMENT ON COLUMN things.name IS 'the name';
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE t2 (
  id int PRIMARY KEY,
  a int8range, b numrange, c tsrange, d tstzrange,
  e int4multirange, f datemultirange, g nummultirange,
  h tsquery, i regconfig, j regclass, k "char", l name, m macaddr8,
  n citext, o hstore, p numeric(5), q numeric(7,3), r timestamp(0), s time(6) with time zone,
  t varchar, u bit varying, v interval year, w interval(2), x float(24), y float(25),
  z decimal(10,2)[], aa uuid[], ab timestamptz[], ac varchar(20)[], ad character varying(5) COLLATE "C",
  ae text COLLATE "POSIX", af int2vector, ag txid_snapshot, ah pg_lsn, ai box, aj line
);
