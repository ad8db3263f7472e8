-- Table and relationship names that reach Python source as class names.
CREATE TABLE base (id INTEGER PRIMARY KEY, label TEXT);
CREATE TABLE optional (id INTEGER PRIMARY KEY, base_id INTEGER REFERENCES base (id), note TEXT);
CREATE TABLE pizza (
  id INTEGER PRIMARY KEY,
  "🍕🍕_id" INTEGER REFERENCES base (id),
  "🍕_id" INTEGER REFERENCES optional (id)
);
CREATE TABLE "ｆｉｌｅ" (id INTEGER PRIMARY KEY, note TEXT);
CREATE TABLE file (id INTEGER PRIMARY KEY, "ｆｉｌｅ_id" INTEGER REFERENCES "ｆｉｌｅ" (id));
CREATE TABLE "column" (
  id INTEGER PRIMARY KEY,
  kind TEXT CHECK (kind IN ('١', '１', '1', 'a b', 'a_b', '-a-', '__x__'))
);
CREATE TABLE loose (a INTEGER, b TEXT);
