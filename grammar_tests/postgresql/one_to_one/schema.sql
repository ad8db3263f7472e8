CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE profiles (
    id serial PRIMARY KEY,
    user_id integer NOT NULL UNIQUE REFERENCES users (id),
    bio text
);
