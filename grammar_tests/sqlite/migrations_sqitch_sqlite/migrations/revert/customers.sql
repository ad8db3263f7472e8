-- Revert shop:customers from sqlite

BEGIN;

DROP TABLE customers;

COMMIT;
