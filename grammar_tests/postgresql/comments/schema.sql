CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    "class" text
);
COMMENT ON TABLE notes IS 'Notes with ''quotes'', "double quotes", a backslash \ and
a newline';
COMMENT ON COLUMN notes.body IS 'The text; may contain %s and {braces}';
COMMENT ON COLUMN notes."class" IS 'Python keyword as column';
