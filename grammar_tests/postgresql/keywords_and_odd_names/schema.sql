CREATE TABLE "class" (
  id serial PRIMARY KEY,
  "from" text NOT NULL DEFAULT 'it''s',
  "def" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP,
  ts6 timestamptz(6),
  t time(2),
  ttz timetz,
  iv interval,
  ivd interval day to second(3),
  "Mixed Case" varchar(10),
  "1st" int,
  "a-b" int,
  n numeric,
  n2 numeric(5),
  r real,
  d double precision,
  f float(10),
  b bytea,
  bits bit(3),
  vb varbit(5),
  c char,
  c5 character(5),
  u uuid DEFAULT gen_random_uuid(),
  j json,
  jb jsonb DEFAULT '{}'::jsonb,
  arr int[],
  arr2 text[][],
  ip inet,
  cidr_ cidr,
  mac macaddr,
  m money,
  x xml,
  tsv tsvector,
  pt point,
  dr daterange,
  i4r int4range,
  oid_ oid,
  sm smallint DEFAULT -1,
  bi bigint DEFAULT 10000000000,
  bo boolean DEFAULT true,
  dt date DEFAULT CURRENT_DATE,
  st text DEFAULT (('a'::text || 'b'::text))
);
COMMENT ON TABLE "class" IS 'A "quoted" table''s comment
with newline and \backslash';
COMMENT ON COLUMN "class"."from" IS 'from column';
CREATE INDEX ix_class_from ON "class" ("from", "def");
CREATE UNIQUE INDEX ux_lower ON "class" (lower("from"));
CREATE INDEX ix_partial ON "class" (sm) WHERE bo;
