-- Verify shelf:wishlist on pg

BEGIN;

SELECT * FROM wishlist WHERE FALSE;

ROLLBACK;
