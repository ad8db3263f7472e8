-- Unnamed indexes on the same key: the server tries t_a_b_idx, t_a_b_idx1, ... skipping names any relation of the schema holds.
CREATE TABLE t (id serial PRIMARY KEY, a integer, b integer);
CREATE TABLE t_a_b_idx3 (id int);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (a, b);
CREATE UNIQUE INDEX ON t (a);
ALTER TABLE t ADD CONSTRAINT t_a_key1 UNIQUE (b);
CREATE INDEX ON t (a);
