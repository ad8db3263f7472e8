-- Deploy shelf:readers to pg

BEGIN;

CREATE TABLE readers (
    id SERIAL PRIMARY KEY,
    card_number VARCHAR(12) NOT NULL UNIQUE,
    name TEXT NOT NULL
);

COMMIT;
