CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
CREATE TABLE purchase (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER REFERENCES customer (id),
  amount NUMERIC(10, 2),
  note TEXT
);
CREATE TABLE event_log (kind TEXT, payload TEXT);

CREATE VIEW customer_totals AS
SELECT c.ID, upper( c.Name ) /* display */, count(*), sum(p.amount)  *  100,
       c.city IS NOT DISTINCT FROM 'Paris', true, false
FROM customer c JOIN purchase p ON p.customer_id = c.id
GROUP BY c.id;

CREATE VIEW purchase_pairs AS
SELECT p.id, c.id, p.customer_id AS id, c.rowid, p.note AS "note:7", p.note AS "note:"
FROM purchase p JOIN customer c ON c.id = p.customer_id;

CREATE VIEW log_rows AS SELECT rowid, _ROWID_, kind FROM event_log;

CREATE VIEW nested AS
WITH t AS (SELECT id + 1, name || '!' FROM customer)
SELECT * FROM t JOIN (SELECT id, id FROM purchase) AS s;

CREATE TABLE purchase_copy AS SELECT id * 2, amount, amount FROM purchase;
