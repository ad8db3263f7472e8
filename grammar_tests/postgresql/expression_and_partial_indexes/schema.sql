CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text,
    deleted_at timestamptz,
    score integer NOT NULL DEFAULT 0,
    tags text[]
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE UNIQUE INDEX users_email_active_idx ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_name_idx ON users (last_name, first_name);
CREATE INDEX users_score_desc_idx ON users (score DESC NULLS LAST);
CREATE INDEX users_email_include_idx ON users (email) INCLUDE (first_name);
CREATE INDEX users_tags_idx ON users USING gin (tags);
CREATE INDEX users_high_score_idx ON users (score) WHERE score > 100 AND deleted_at IS NULL;
CREATE INDEX users_full_name_idx ON users ((first_name || ' ' || last_name));
