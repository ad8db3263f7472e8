CREATE TABLE notes (id integer PRIMARY KEY, body text);
COMMENT ON TABLE notes IS 'hidden';
COMMENT ON COLUMN notes.body IS 'hidden too';
