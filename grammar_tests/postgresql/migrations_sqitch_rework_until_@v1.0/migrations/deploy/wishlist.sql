-- Deploy shelf:wishlist to pg
-- requires: readers
-- requires: books

BEGIN;

CREATE TABLE wishlist (
    reader_id INTEGER NOT NULL REFERENCES readers (id),
    book_id INTEGER NOT NULL REFERENCES books (id),
    PRIMARY KEY (reader_id, book_id)
);

COMMIT;
