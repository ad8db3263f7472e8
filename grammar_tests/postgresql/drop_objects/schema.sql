CREATE TABLE keep (id integer PRIMARY KEY, note text);
CREATE TABLE gone (id integer PRIMARY KEY);
CREATE VIEW gone_view AS SELECT id FROM keep;
CREATE INDEX keep_note_idx ON keep (note);
CREATE INDEX keep_note_idx2 ON keep (note, id);
DROP TABLE gone;
DROP VIEW gone_view;
DROP INDEX keep_note_idx2;
