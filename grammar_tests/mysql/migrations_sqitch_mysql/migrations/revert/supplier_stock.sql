-- Revert inventory:supplier_stock from mysql

CREATE OR REPLACE VIEW supplier_stock AS
    SELECT s.id AS supplier_id, s.name, COUNT(c.id) AS part_count
    FROM suppliers s LEFT JOIN components c ON c.supplier_id = s.id
    GROUP BY s.id, s.name;
