-- Revert shop:clients from sqlite

BEGIN;

ALTER TABLE clients DROP COLUMN vip;
ALTER TABLE orders RENAME COLUMN client_id TO customer_id;
ALTER TABLE clients RENAME TO customers;
DROP TABLE orders;

COMMIT;
