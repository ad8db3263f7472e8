CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    full_name TEXT GENERATED ALWAYS AS (first_name || ' ' || last_name) VIRTUAL,
    height_cm REAL,
    height_in REAL AS (height_cm / 2.54) STORED,
    name_length INTEGER AS (length(first_name))
);
