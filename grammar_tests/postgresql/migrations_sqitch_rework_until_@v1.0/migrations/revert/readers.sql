-- Revert shelf:readers from pg

BEGIN;

DROP TABLE readers;

COMMIT;
