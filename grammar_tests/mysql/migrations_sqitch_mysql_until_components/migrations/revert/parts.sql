-- Revert inventory:parts from mysql

BEGIN;

DROP TABLE parts;

COMMIT;
