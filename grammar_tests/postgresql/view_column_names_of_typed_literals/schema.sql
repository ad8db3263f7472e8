CREATE TABLE customer(id int primary key, city TEXT);
CREATE VIEW v AS SELECT city, count(*)*100 AS n, date '2020-01-01', interval '1 day', 'a' COLLATE "C" AS c, -1, timestamp '2020-01-01 00:00', int '5' FROM customer GROUP BY city;
