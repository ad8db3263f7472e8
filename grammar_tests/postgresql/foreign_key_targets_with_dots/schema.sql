CREATE TABLE "a.b" (id integer PRIMARY KEY, "x.y" integer, UNIQUE (id, "x.y"));
CREATE TABLE c (
  id integer PRIMARY KEY,
  ab integer REFERENCES "a.b" (id),
  p integer,
  q integer,
  FOREIGN KEY (p, q) REFERENCES "a.b" (id, "x.y")
);
