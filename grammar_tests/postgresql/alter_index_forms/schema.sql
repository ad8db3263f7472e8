CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text,
    tags text[]
);
CREATE INDEX posts_title_idx ON posts (title) WITH (fillfactor = 90);
CREATE INDEX posts_tags_idx ON posts USING gin (tags);
CREATE INDEX posts_upper_idx ON posts (upper(title));

ALTER INDEX IF EXISTS posts_title_idx RENAME TO posts_by_title;
ALTER INDEX IF EXISTS posts_missing_idx RENAME TO posts_never;
ALTER INDEX IF EXISTS posts_missing_idx SET (fillfactor = 50);
ALTER INDEX posts_tags_idx SET (fastupdate = off);
ALTER INDEX posts_tags_idx RESET (fastupdate);
ALTER INDEX posts_by_title SET (deduplicate_items = off, fillfactor = 80);
ALTER INDEX posts_by_title SET TABLESPACE pg_default;
ALTER INDEX posts_upper_idx ALTER COLUMN 1 SET STATISTICS 500;
ALTER INDEX IF EXISTS posts_upper_idx SET (fillfactor = 70);

CREATE FUNCTION text_prefix(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a LIKE b || '%' $$;
CREATE OPERATOR public.~<< (FUNCTION = text_prefix, LEFTARG = text, RIGHTARG = text);
CREATE RULE posts_no_delete AS ON DELETE TO posts DO INSTEAD NOTHING;
