CREATE TABLE a (id int PRIMARY KEY, name varchar(100), code char(3), amount numeric(10,2), n smallint, ts timestamp, d date, t text);
CREATE TABLE b (id bigint PRIMARY KEY, status varchar(20), code char(3), amount numeric(12,2), n int, ts timestamptz, d date, t varchar(5));
CREATE VIEW u1 AS SELECT id, name, code, amount, n, ts, d, t FROM a UNION ALL SELECT id, status, code, amount, n, ts, d, t FROM b;
CREATE VIEW u2 AS SELECT id, amount FROM a UNION SELECT n, 1.5 FROM b;
CREATE VIEW u3 AS SELECT name AS label FROM a INTERSECT SELECT status FROM b EXCEPT SELECT t FROM a;
CREATE VIEW u4 AS (SELECT id, d FROM a) UNION (SELECT id, ts FROM a);
CREATE VIEW u5 AS SELECT n, amount FROM a UNION SELECT id, 2 FROM b;
