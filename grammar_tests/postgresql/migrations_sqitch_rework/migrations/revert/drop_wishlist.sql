-- Revert shelf:drop_wishlist from pg

BEGIN;

CREATE TABLE wishlist (
    reader_id INTEGER NOT NULL REFERENCES members (id),
    book_id INTEGER NOT NULL REFERENCES books (id),
    PRIMARY KEY (reader_id, book_id)
);

COMMIT;
