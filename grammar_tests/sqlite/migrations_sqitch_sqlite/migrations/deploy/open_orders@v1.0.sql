-- Deploy shop:open_orders to sqlite
-- requires: orders

BEGIN;

CREATE VIEW open_orders AS
    SELECT id, customer_id, placed_at FROM orders WHERE shipped_at IS NULL;

COMMIT;
