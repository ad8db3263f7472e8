CREATE OR REPLACE VIEW organisation_sizes AS
SELECT o.id, o.name, COUNT(u.id) AS user_count
FROM organisations o LEFT JOIN users u ON u.organisation_id = o.id
GROUP BY o.id, o.name;
