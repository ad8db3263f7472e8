CREATE TABLE metrics (id bigint PRIMARY KEY, name text, deleted_at timestamp);
CREATE TABLE metric_filters (id bigint PRIMARY KEY, metric_id bigint REFERENCES metrics, key varchar(20), vals text[], weight numeric(6,2));
CREATE VIEW metric_exports AS
 SELECT m.id,
    COALESCE((SELECT json_agg(json_build_object('key', f.key, 'values', f.vals)) FROM metric_filters f WHERE f.metric_id = m.id), '[]'::json) AS filters,
    (SELECT max(f.weight) FROM metric_filters f WHERE f.metric_id = m.id) + 1 AS top_weight,
    CASE WHEN m.deleted_at IS NULL THEN (SELECT count(*) FROM metric_filters f WHERE f.metric_id = m.id) ELSE 0 END AS live_filters,
    upper((SELECT min(f.key) FROM metric_filters f)) AS first_key,
    (SELECT max(f.id) FROM metric_filters f)::text AS last_id
   FROM metrics m;
