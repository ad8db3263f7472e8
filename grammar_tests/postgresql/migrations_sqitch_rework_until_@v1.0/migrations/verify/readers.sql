-- Verify shelf:readers on pg

BEGIN;

SELECT * FROM readers WHERE FALSE;

ROLLBACK;
