CREATE TABLE users (id serial PRIMARY KEY, name text);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    "user" text,
    user_id integer REFERENCES users (id),
    editor integer REFERENCES users (id),
    editor_id integer REFERENCES users (id)
);
