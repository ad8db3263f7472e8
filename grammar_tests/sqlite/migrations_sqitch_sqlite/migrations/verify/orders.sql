-- Verify shop:orders on sqlite

SELECT * FROM orders WHERE 0;
