CREATE OR REPLACE VIEW order_totals AS
SELECT c.id AS client_id, c.company_name, count(o.id) AS orders, order_sum(c.id) AS total
FROM clients c LEFT JOIN orders o ON o.client_id = c.id
GROUP BY c.id, c.company_name;
