-- Verify inventory:suppliers on mysql

SELECT id FROM suppliers WHERE 0;
