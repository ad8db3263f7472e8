-- Revert shelf:books from pg

BEGIN;

DROP TABLE books;

COMMIT;
