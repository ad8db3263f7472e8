-- Deploy shelf:loan_overview to pg
-- requires: loans
-- requires: members

BEGIN;

CREATE OR REPLACE VIEW loan_overview AS
    SELECT l.id, b.title, l.lent_on, m.full_name AS member_name
    FROM loans l
    JOIN books b ON b.id = l.book_id
    JOIN members m ON m.id = l.member_id
    WHERE l.returned_on IS NULL;

COMMIT;
