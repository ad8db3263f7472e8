-- Verify inventory:parts on mysql

SELECT id FROM parts WHERE 0;
