-- Column names that reach Python source as attribute names.
CREATE TABLE reading (
  id INTEGER PRIMARY KEY,
  "__debug__" INTEGER,
  "datetime" TIMESTAMP,
  "Optional" TEXT,
  "decimal" NUMERIC(10, 2),
  "str" TEXT,
  "__tablename__" TEXT,
  "__table_args__" TEXT,
  "__qualname__" TEXT,
  "_sa_registry" TEXT,
  "registry" TEXT,
  "__deleted" BOOLEAN,
  "area_m²" REAL,
  "co₂" REAL,
  "①" INTEGER,
  "ﬁle" TEXT,
  "file" TEXT,
  "K" TEXT,
  "K" TEXT,
  "नाम" TEXT
);
