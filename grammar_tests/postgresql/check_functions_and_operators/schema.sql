CREATE TABLE c (
  id int PRIMARY KEY, a int, n numeric(8,2), d date, e date, ts timestamp, tz timestamptz, j jsonb, tags text[], iv interval,
  CHECK (round(n) > 0), CHECK (round(a) > 1), CHECK (round(n, 1) < 100), CHECK (e - d > 3), CHECK (d + 7 > e),
  CHECK (ts - interval '1 day' < now()), CHECK (tz > now() - interval '30 days'), CHECK (j->>'k' <> ''), CHECK (j ? 'k'), CHECK (j @> '{"a":1}'),
  CHECK (tags[1] <> 'x'), CHECK (array_length(tags, 1) < 5), CHECK (extract(year FROM d) > 2000), CHECK (iv < interval '1 hour'),
  CHECK (date_trunc('day', ts) = ts), CHECK (floor(n) = n), CHECK (age(ts) < interval '1 year'), CHECK ((j->'x') IS NOT NULL)
);
