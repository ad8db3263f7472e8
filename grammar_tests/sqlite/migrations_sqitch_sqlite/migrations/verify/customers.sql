-- Verify shop:customers on sqlite

SELECT * FROM customers WHERE 0;
