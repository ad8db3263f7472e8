CREATE TABLE "tab'le" (
  "id" INTEGER PRIMARY KEY,
  "col""quote" TEXT DEFAULT 'it''s "x" \ y',
  "def" TEXT CHECK ("def" IN ('a''b', 'c"d', 'class')),
  "from" VARCHAR(10),
  "ñame" TEXT,
  "True" INT,
  "metadata" TEXT
);
CREATE TABLE "2nd" ("tab'le_id" INTEGER REFERENCES "tab'le" ("id"), "Class" INTEGER PRIMARY KEY);
