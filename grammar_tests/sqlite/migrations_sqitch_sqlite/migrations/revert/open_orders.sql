-- Revert shop:open_orders from sqlite

DROP VIEW open_orders;
CREATE VIEW open_orders AS
    SELECT id, client_id, placed_at FROM orders WHERE shipped_at IS NULL;
