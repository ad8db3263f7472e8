-- Verify shelf:books on pg

BEGIN;

SELECT * FROM books WHERE FALSE;

ROLLBACK;
