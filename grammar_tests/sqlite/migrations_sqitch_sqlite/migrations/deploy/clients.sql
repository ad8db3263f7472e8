-- Deploy shop:clients to sqlite
-- requires: customers
-- requires: orders

BEGIN;

ALTER TABLE customers RENAME TO clients;
ALTER TABLE orders RENAME COLUMN customer_id TO client_id;
ALTER TABLE clients ADD COLUMN vip INTEGER NOT NULL DEFAULT 0;

COMMIT;
