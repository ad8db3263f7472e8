-- Revert inventory:parts_price_guard from mysql

DROP TRIGGER parts_price_guard;
