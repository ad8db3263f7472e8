-- Revert shelf:wishlist from pg

BEGIN;

DROP TABLE wishlist;

COMMIT;
