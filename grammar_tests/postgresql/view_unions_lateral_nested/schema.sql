CREATE TABLE a (id int PRIMARY KEY, code varchar(10), small smallint, big bigint, t text, n numeric(8,2), r real, d double precision, ts timestamp, tz timestamptz, dt date);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a, code varchar(20), note text);
CREATE VIEW u1 AS SELECT id, code, small, t, n, ts FROM a UNION SELECT b.id, b.code, b.id, b.code, a.r, a.dt FROM b, a WHERE false;
CREATE VIEW u2 AS SELECT big AS x, r AS y FROM a UNION ALL SELECT small, d FROM a;
CREATE VIEW u3 AS SELECT code FROM a INTERSECT SELECT code FROM b;
CREATE VIEW l1 AS SELECT a.id, last.note FROM a LEFT JOIN LATERAL (SELECT note FROM b WHERE b.a_id = a.id ORDER BY b.id DESC LIMIT 1) last ON true;
CREATE VIEW d1 AS SELECT DISTINCT ON (a_id) a_id, note FROM b ORDER BY a_id, id DESC;
CREATE VIEW nested AS SELECT x.id, x.code FROM (SELECT id, code FROM (SELECT * FROM b) y) x;
CREATE VIEW on_view AS SELECT l1.id, l1.note, u2.x FROM l1, u2;
