CREATE TABLE k (
  id int PRIMARY KEY, email varchar(100), status varchar(20), price decimal(10,2), qty int, starts date, ends date, code char(3), pct float, flag tinyint(1), name varchar(50),
  CHECK (email REGEXP '^[^@]+@[^@]+$'), CHECK (status IN ('a', 'b', 'c')), CHECK (price >= 0 AND price < 1000000),
  CHECK (qty BETWEEN 1 AND 100), CHECK (ends > starts OR ends IS NULL), CHECK (char_length(code) = 3), CHECK (pct >= 0.0 AND pct <= 1.0),
  CHECK (flag IN (0, 1)), CHECK (name <> ''), CHECK (NOT (qty < 0)), CHECK (lower(email) = email), CHECK (coalesce(qty, 0) >= 0),
  CHECK (price * qty < 1e9), CHECK (starts >= '2000-01-01'), CHECK (length(trim(name)) > 0), CHECK (email LIKE '%@%'), CHECK (status NOT IN ('z')),
  CHECK (qty % 2 = 0), CHECK (qty MOD 3 <> 1), CHECK (abs(qty) < 10), CHECK (substring(code, 1, 1) = 'A'), CHECK (json_valid(name)), CHECK (ends - starts < 30),
  CHECK (`status` <> 'x' AND qty IS NOT NULL), CHECK (price <=> 0 = 0), CHECK (IF(qty > 0, 1, 0) = 1), CHECK (CASE WHEN qty > 5 THEN price > 1 ELSE TRUE END)
);
