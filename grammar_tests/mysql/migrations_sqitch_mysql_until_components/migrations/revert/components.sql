-- Revert inventory:components from mysql

BEGIN;

ALTER TABLE components ADD COLUMN obsolete TINYINT(1) NOT NULL DEFAULT 0;
ALTER TABLE components RENAME COLUMN on_hand TO in_stock;
RENAME TABLE components TO parts;
DROP TABLE suppliers;

COMMIT;
