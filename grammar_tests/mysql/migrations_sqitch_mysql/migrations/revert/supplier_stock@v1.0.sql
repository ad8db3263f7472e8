-- Revert inventory:supplier_stock from mysql

DROP VIEW supplier_stock;
