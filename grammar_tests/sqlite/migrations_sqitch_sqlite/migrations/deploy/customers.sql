-- Deploy shop:customers to sqlite

BEGIN;

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT
);

COMMIT;
