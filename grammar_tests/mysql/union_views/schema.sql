CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(100), amount DECIMAL(10,2), n SMALLINT, t TEXT, d DATE);
CREATE TABLE b (id BIGINT PRIMARY KEY, status VARCHAR(20), amount DECIMAL(12,4), n INT, t VARCHAR(5), d DATETIME);
CREATE VIEW u1 AS SELECT id, name, amount, n, t, d FROM a UNION ALL SELECT id, status, amount, n, t, d FROM b;
CREATE VIEW u2 AS SELECT id, name FROM a UNION SELECT id, name FROM a;
CREATE TABLE a2 (id INT NOT NULL PRIMARY KEY, v10 VARCHAR(10), v20 VARCHAR(20) NOT NULL, c5 CHAR(5), t TEXT, tt TINYTEXT, mt MEDIUMTEXT, i INT, si SMALLINT, bi BIGINT, ui INT UNSIGNED, d DATE, dt DATETIME, ts TIMESTAMP NULL, dec1 DECIMAL(10,2), dec2 DECIMAL(6,4), f FLOAT, db DOUBLE, e ENUM('a','b'));
CREATE VIEW u_all AS SELECT v10 AS a1, v20 AS a2, c5 AS a3, tt AS a4, t AS a5, i AS a6, si AS a7, ui AS a8, d AS a9, dt AS a10, dec1 AS a11, f AS a12, e AS a13, i AS a14, c5 AS a15, id AS a16, tt AS a17, v10 AS a18 FROM a2
 UNION SELECT v20, c5, v10, v10, tt, bi, i, i, dt, ts, dec2, db, v10, dec1, c5, id, tt, 7 FROM a2;
