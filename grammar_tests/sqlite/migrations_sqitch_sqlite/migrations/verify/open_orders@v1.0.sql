-- Verify shop:open_orders on sqlite

SELECT 1;
