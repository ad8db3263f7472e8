-- Revert shop:orders from sqlite

BEGIN;

DROP TABLE orders;

COMMIT;
