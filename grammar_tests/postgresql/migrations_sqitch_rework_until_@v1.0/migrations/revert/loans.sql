-- Revert shelf:loans from pg

BEGIN;

DROP TABLE loans;

COMMIT;
