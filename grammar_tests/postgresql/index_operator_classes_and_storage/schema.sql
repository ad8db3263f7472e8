CREATE TABLE a (id integer PRIMARY KEY, code text UNIQUE, v integer, w integer);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a MATCH FULL INITIALLY DEFERRED, c text REFERENCES a (code) MATCH SIMPLE ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE);
CREATE INDEX ON a (v) INCLUDE (w, code);
CREATE INDEX a_w_idx2 ON a (w) WITH (fillfactor = 70, deduplicate_items = off);
CREATE UNIQUE INDEX a_nnd ON a (v, w) NULLS NOT DISTINCT;
CREATE INDEX a_code_pat ON a (code text_pattern_ops);
CREATE INDEX a_lower_pat ON a (lower(code) text_pattern_ops, v int4_ops);
CREATE TABLE j (id int PRIMARY KEY, doc jsonb);
CREATE INDEX j_doc ON j USING gin (doc jsonb_path_ops);
