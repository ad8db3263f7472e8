CREATE TABLE categories (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    name varchar(80) NOT NULL
);
