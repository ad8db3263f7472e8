CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    qty INT NOT NULL DEFAULT 1,
    note VARCHAR(20) NOT NULL DEFAULT ''
);

CREATE TABLE order_totals AS
    SELECT id * 2 AS twice, qty, COUNT(*) AS n, MAX(qty) + 1 AS top, COALESCE(id, 0) AS id_or_zero
    FROM orders;

CREATE VIEW order_summary AS
    SELECT id + 1 AS next_id, note, COUNT(*) + id AS mixed, SUM(qty) AS total,
           GROUP_CONCAT(note) AS notes, COALESCE(id, 0) AS id_or_zero,
           (SELECT COUNT(*) FROM orders) AS all_rows
    FROM orders;

CREATE VIEW filtered AS
    SELECT id + 1 AS next_id FROM orders HAVING next_id > 0;

CREATE VIEW counted_elsewhere AS
    SELECT id + 1 AS next_id, (SELECT MAX(qty) FROM orders) AS top FROM orders;
