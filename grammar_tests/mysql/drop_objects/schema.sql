CREATE TABLE keep_me (id INT PRIMARY KEY, note VARCHAR(20));
CREATE TABLE gone (id INT PRIMARY KEY);
CREATE VIEW gone_view AS SELECT id FROM keep_me;
CREATE INDEX ix_note ON keep_me (note);
DROP TABLE gone;
DROP VIEW gone_view;
