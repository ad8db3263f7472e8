-- Verify shelf:loans on pg

BEGIN;

SELECT * FROM loans WHERE FALSE;

ROLLBACK;
