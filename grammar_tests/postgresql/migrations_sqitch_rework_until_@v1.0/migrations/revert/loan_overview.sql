-- Revert shelf:loan_overview from pg

BEGIN;

DROP VIEW loan_overview;

COMMIT;
