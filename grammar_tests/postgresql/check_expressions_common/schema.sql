CREATE TABLE k (
  id int PRIMARY KEY, email text, status varchar(20), price numeric(10,2), qty int, starts date, ends date, code char(3), pct real, tags text[], flag boolean, name text,
  CHECK (email ~* '^[^@]+@[^@]+$'), CHECK (status IN ('a', 'b', 'c')), CHECK (price >= 0 AND price < 1000000),
  CHECK (qty BETWEEN 1 AND 100), CHECK (ends > starts OR ends IS NULL), CHECK (char_length(code) = 3), CHECK (pct >= 0.0 AND pct <= 1.0),
  CHECK (cardinality(tags) <= 10), CHECK (flag IS NOT TRUE OR qty > 0), CHECK (name <> ''), CHECK (NOT (qty < 0)), CHECK (status::text <> 'x'),
  CHECK (lower(email) = email), CHECK (coalesce(qty, 0) >= 0), CHECK (price * qty < 1e9), CHECK (starts >= DATE '2000-01-01'), CHECK (starts < CURRENT_DATE + 365),
  CHECK (length(trim(name)) > 0), CHECK (email LIKE '%@%'), CHECK (status NOT IN ('z')), CHECK (qty % 2 = 0), CHECK (name SIMILAR TO '[a-z]+'), CHECK (tags <> '{}'),
  CHECK (price IS DISTINCT FROM 0), CHECK (abs(qty) < 10), CHECK (substring(code FROM 1 FOR 1) = 'A'), CHECK (qty::text ~ '^[0-9]+$')
);
CREATE TABLE n (id int PRIMARY KEY, a numeric DEFAULT 1e3, b double precision DEFAULT 1e3, c real DEFAULT 2.5e2, d bigint DEFAULT 99999999999, e numeric DEFAULT 123456789012345678901234567890, f int DEFAULT -5, g numeric(10,2) DEFAULT -1e2, h double precision DEFAULT 1.5,
  CHECK (a < 1e9), CHECK (d < 1e12), CHECK (b > -1e3));
