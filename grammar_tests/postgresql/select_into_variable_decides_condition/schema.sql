CREATE TABLE parts (id integer PRIMARY KEY, kind smallint NOT NULL);

CREATE FUNCTION add_kinds() RETURNS text AS $$
DECLARE
    found_it boolean;
BEGIN
    SELECT exists(SELECT FROM pg_tables WHERE tablename = 'part_kinds') INTO found_it;
    IF found_it THEN
        RETURN 'skipped';
    END IF;
    CREATE TABLE part_kinds (id smallint PRIMARY KEY, name varchar(16) NOT NULL);
    ALTER TABLE parts ADD CONSTRAINT fk_part_kind FOREIGN KEY (kind) REFERENCES part_kinds (id);
    RETURN 'done';
END;
$$ LANGUAGE plpgsql;

SELECT add_kinds();
SELECT add_kinds();
DROP FUNCTION add_kinds();

DO $$
DECLARE
    n integer;
    has_index boolean;
BEGIN
    SELECT count(*) INTO n FROM pg_indexes WHERE tablename = 'parts' AND indexname = 'parts_kind_idx';
    IF n = 0 THEN
        CREATE INDEX parts_kind_idx ON parts (kind);
    END IF;
    has_index := EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'parts_kind_idx');
    IF NOT has_index THEN
        CREATE INDEX parts_kind_again ON parts (kind);
    END IF;
END $$;
