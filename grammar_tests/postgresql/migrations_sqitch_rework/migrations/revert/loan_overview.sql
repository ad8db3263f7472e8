-- Revert shelf:loan_overview from pg

BEGIN;

DROP VIEW loan_overview;
CREATE VIEW loan_overview AS
    SELECT l.id, b.title, l.lent_on
    FROM loans l JOIN books b ON b.id = l.book_id
    WHERE l.returned_on IS NULL;

COMMIT;
