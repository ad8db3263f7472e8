CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    height_cm numeric(5, 1),
    height_in numeric GENERATED ALWAYS AS (height_cm / 2.54) STORED,
    name_length integer GENERATED ALWAYS AS (length(first_name)) STORED
);
