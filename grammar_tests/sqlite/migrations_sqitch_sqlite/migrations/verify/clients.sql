-- Verify shop:clients on sqlite

SELECT 1;
