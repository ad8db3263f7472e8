-- Verify shelf:loan_overview on pg

SELECT id FROM loan_overview WHERE FALSE;
