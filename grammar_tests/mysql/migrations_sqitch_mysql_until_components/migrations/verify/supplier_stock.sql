-- Verify inventory:supplier_stock on mysql

SELECT supplier_id, part_count FROM supplier_stock WHERE 0;
