-- Deploy shelf:loans to pg
-- requires: readers
-- requires: books

BEGIN;

CREATE TABLE loans (
    id SERIAL PRIMARY KEY,
    reader_id INTEGER NOT NULL REFERENCES readers (id),
    book_id INTEGER NOT NULL REFERENCES books (id),
    lent_on DATE NOT NULL DEFAULT CURRENT_DATE,
    returned_on DATE
);

COMMIT;
