-- Deploy inventory:supplier_stock to mysql
-- requires: suppliers
-- requires: components

BEGIN;

CREATE OR REPLACE VIEW supplier_stock AS
    SELECT s.id AS supplier_id, s.name, COUNT(c.id) AS part_count,
           SUM(c.unit_price * c.on_hand) AS stock_value
    FROM suppliers s LEFT JOIN components c ON c.supplier_id = s.id
    GROUP BY s.id, s.name;

COMMIT;
