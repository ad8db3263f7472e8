CREATE TABLE notes (
    id SERIAL PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION track_updates(_tbl regclass) RETURNS void AS $$
BEGIN
    EXECUTE 'DROP TRIGGER IF EXISTS touch ON ' || _tbl;
    EXECUTE format('CREATE TRIGGER touch BEFORE UPDATE ON %s
                    FOR EACH ROW EXECUTE PROCEDURE touch_updated_at()', _tbl);
END;
$$ LANGUAGE plpgsql;

SELECT track_updates('notes');

DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON %I TO %I', 'notes', current_user);
    ALTER TABLE notes ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT false;
END
$$;
