CREATE TABLE a (id INTEGER PRIMARY KEY, name VARCHAR(10) NOT NULL DEFAULT 'x', amount NUMERIC(10,2), r FLOAT, b BLOB, d DATETIME, x, p POINT, k BIGINT);
CREATE TABLE c1 AS SELECT id, name FROM a;
CREATE TABLE c2 AS SELECT id AS key, name AS "Na me", amount, r, b, d, x, p, k, 1 AS one FROM a;
CREATE TABLE "select" AS SELECT name AS "group", count(*) AS n FROM a GROUP BY name;
CREATE TABLE long_table_name_for_layout AS SELECT id AS identifier_one, name AS identifier_two FROM a;
