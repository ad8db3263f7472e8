CREATE FUNCTION initials(t text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(t, '') $$;

CREATE TABLE docs (
    id integer PRIMARY KEY,
    title varchar(40),
    tags text[],
    words varchar[],
    stamp timestamp
);

CREATE INDEX docs_cast ON docs ((title::text) text_pattern_ops);
CREATE INDEX docs_concat ON docs ((lower(title) || '/') text_pattern_ops);
CREATE INDEX docs_initials ON docs (public.initials(words::text[]) text_pattern_ops);
CREATE INDEX docs_first_tag ON docs ((tags[1]) text_pattern_ops);
CREATE INDEX docs_coalesce ON docs (COALESCE(title, '') text_pattern_ops);
CREATE INDEX docs_slug ON docs (replace(title, ' ', '-') text_pattern_ops);
CREATE INDEX docs_utc ON docs USING brin ((stamp AT TIME ZONE 'UTC') timestamptz_minmax_multi_ops);
CREATE INDEX docs_nested ON docs USING brin (((stamp + interval '1 day')) timestamp_minmax_multi_ops);
