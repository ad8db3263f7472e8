-- Verify inventory:supplier_stock on mysql

SELECT supplier_id, stock_value FROM supplier_stock WHERE 0;
