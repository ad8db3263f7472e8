CREATE TABLE author (
    id integer PRIMARY KEY,
    name text NOT NULL
);

-- pg_dump used to break view dependency cycles this way.
CREATE TABLE author_summary (
    id integer NOT NULL,
    name text DEFAULT 'anonymous',
    CONSTRAINT author_summary_id_check CHECK (id > 0)
);
COMMENT ON TABLE author_summary IS 'one row per author';
CREATE RULE "_RETURN" AS
    ON SELECT TO author_summary DO INSTEAD
    SELECT author.id, author.name FROM author;

CREATE VIEW author_names AS SELECT name FROM author_summary;

CREATE TABLE audit_log (id integer, note text);
CREATE RULE author_insert_log AS ON INSERT TO author DO ALSO
    INSERT INTO audit_log VALUES (NEW.id, 'inserted');
CREATE RULE author_no_delete AS ON DELETE TO author DO INSTEAD NOTHING;
CREATE OR REPLACE RULE author_notify AS ON UPDATE TO author DO ALSO NOTIFY author_changed;
DROP RULE author_notify ON author;
