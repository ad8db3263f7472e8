.headers on
.mode column
CREATE TABLE owners (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
.timeout 2000
.nullvalue NULL
CREATE TABLE pets (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES owners (id),
    name TEXT
);
.mode list
