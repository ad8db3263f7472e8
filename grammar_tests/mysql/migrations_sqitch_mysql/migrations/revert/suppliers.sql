-- Revert inventory:suppliers from mysql

BEGIN;

DROP TABLE suppliers;

COMMIT;
