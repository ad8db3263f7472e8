-- Deploy inventory:supplier_stock to mysql
-- requires: suppliers
-- requires: parts

BEGIN;

CREATE OR REPLACE VIEW supplier_stock AS
    SELECT s.id AS supplier_id, s.name, COUNT(p.id) AS part_count
    FROM suppliers s LEFT JOIN parts p ON p.supplier_id = s.id
    GROUP BY s.id, s.name;

COMMIT;
