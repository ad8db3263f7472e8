CREATE TABLE "%%node" (
  id INTEGER PRIMARY KEY,
  kind TEXT CHECK (kind IN ('leaf', 'branch'))
);
CREATE TABLE "edge" (
  "__from" INTEGER NOT NULL REFERENCES "%%node" (id),
  "__to" INTEGER NOT NULL REFERENCES "%%node" (id),
  PRIMARY KEY ("__from", "__to")
);
CREATE TABLE "##item" (
  id INTEGER PRIMARY KEY,
  node_id INTEGER REFERENCES "%%node" (id),
  parent_id INTEGER REFERENCES "##item" (id)
);
