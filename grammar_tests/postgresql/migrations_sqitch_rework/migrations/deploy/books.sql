-- Deploy shelf:books to pg

BEGIN;

CREATE TABLE books (
    id SERIAL PRIMARY KEY,
    isbn CHAR(13) NOT NULL UNIQUE,
    title TEXT NOT NULL,
    copies INTEGER NOT NULL DEFAULT 1
);

COMMIT;
