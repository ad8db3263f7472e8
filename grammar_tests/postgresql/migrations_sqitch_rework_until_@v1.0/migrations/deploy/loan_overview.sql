-- Deploy shelf:loan_overview to pg
-- requires: loans

BEGIN;

CREATE OR REPLACE VIEW loan_overview AS
    SELECT l.id, b.title, l.lent_on
    FROM loans l JOIN books b ON b.id = l.book_id
    WHERE l.returned_on IS NULL;

COMMIT;
