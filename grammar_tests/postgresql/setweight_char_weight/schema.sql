CREATE TABLE notes (
    id integer PRIMARY KEY,
    heading text,
    content text,
    ranked tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(heading, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(content, '')), 'C')::tsvector
    ) STORED,
    bare tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple'::regconfig, heading))) STORED
);
