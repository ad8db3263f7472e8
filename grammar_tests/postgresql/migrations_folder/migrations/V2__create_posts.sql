CREATE TABLE posts (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    title text NOT NULL
);
