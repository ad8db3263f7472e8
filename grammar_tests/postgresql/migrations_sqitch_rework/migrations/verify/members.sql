-- Verify shelf:members on pg

SELECT id, full_name, joined_on FROM members WHERE FALSE;
