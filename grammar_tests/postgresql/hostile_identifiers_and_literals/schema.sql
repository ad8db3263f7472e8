CREATE TYPE "weird enum" AS ENUM ('a''b', 'c"d', 'e\f', '', 'with space', 'ünï', '1x', 'None', 'class');
CREATE TABLE "tab'le" (
  "id" serial PRIMARY KEY,
  "col""quote" text DEFAULT 'it''s "x" \ y',
  "def" "weird enum" DEFAULT 'class',
  "from" varchar(10) CHECK ("from" IN ('''', '"', '\')),
  "ñame" text DEFAULT E'tab\there',
  "True" int,
  "metadata" text,
  "registry" int
);
COMMENT ON TABLE "tab'le" IS 'triple """ quotes '''''' and \ backslash';
COMMENT ON COLUMN "tab'le"."col""quote" IS 'new
line';
CREATE TABLE "2nd" ("tab'le_id" int REFERENCES "tab'le", "Class" int, PRIMARY KEY ("Class"));
