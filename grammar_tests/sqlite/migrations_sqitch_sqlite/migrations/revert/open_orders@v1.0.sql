-- Revert shop:open_orders from sqlite

DROP VIEW open_orders;
