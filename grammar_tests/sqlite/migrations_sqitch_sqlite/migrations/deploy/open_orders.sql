-- Deploy shop:open_orders to sqlite
-- requires: orders
-- requires: clients

BEGIN;

DROP VIEW IF EXISTS open_orders;
CREATE VIEW open_orders AS
    SELECT o.id, o.client_id, c.email, o.placed_at
    FROM orders o JOIN clients c ON c.id = o.client_id
    WHERE o.shipped_at IS NULL;

COMMIT;
