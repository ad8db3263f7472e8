CREATE TABLE a (id serial PRIMARY KEY, code varchar(10) NOT NULL DEFAULT 'x', n numeric(8,2), created timestamp DEFAULT now());
CREATE VIEW a_view AS SELECT id, code, n, coalesce(n, 0) AS n0, (SELECT count(*) FROM a a2 WHERE a2.id < a.id) AS rank, NULL AS nothing FROM a;
CREATE TABLE a_fast AS SELECT * FROM a_view;
ALTER TABLE a_fast ADD PRIMARY KEY (id);
CREATE TABLE a_copy (x, y) AS SELECT id, code FROM a WITH NO DATA;
CREATE UNLOGGED TABLE a_u AS SELECT code, count(*) AS c FROM a GROUP BY code;
SELECT * INTO a_into FROM a;
