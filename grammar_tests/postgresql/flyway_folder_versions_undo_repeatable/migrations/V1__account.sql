CREATE TABLE account (id serial PRIMARY KEY, login text NOT NULL);
