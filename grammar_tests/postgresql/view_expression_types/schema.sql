CREATE TABLE customers (id serial PRIMARY KEY, name varchar(100) NOT NULL, email text, created timestamptz DEFAULT now(), balance numeric(10,2) DEFAULT 0, tags text[], active boolean DEFAULT true);
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers, total numeric(12,2) NOT NULL, placed_at timestamp NOT NULL, status varchar(20) NOT NULL DEFAULT 'new', meta jsonb);
CREATE VIEW customer_totals AS
  SELECT c.id, c.name, count(o.id) AS n_orders, sum(o.total) AS total, max(o.placed_at) AS last_order,
         avg(o.total) AS avg_total, coalesce(sum(o.total), 0) AS total0, c.balance * 2 AS double_balance,
         CASE WHEN count(o.id) > 10 THEN 'gold' ELSE 'std' END AS tier,
         upper(c.name) AS uname, c.name || ' <' || c.email || '>' AS display, length(c.name) AS name_len,
         c.created::date AS created_day, extract(year FROM c.created) AS created_year,
         now() - c.created AS age, c.tags[1] AS first_tag, array_length(c.tags, 1) AS n_tags,
         bool_and(o.total > 0) AS all_positive, o2.meta->>'k' AS k, string_agg(o.status, ',') AS statuses,
         row_number() OVER (ORDER BY c.id) AS rn, 1 AS one, 'x'::text AS x, NULL AS nothing, c.id::bigint AS big_id,
         round(avg(o.total), 2) AS rounded, count(*) AS cnt, c.active AND true AS act
  FROM customers c LEFT JOIN orders o ON o.customer_id = c.id LEFT JOIN orders o2 ON false
  GROUP BY c.id, o2.meta;
CREATE VIEW recent_orders AS SELECT * FROM orders WHERE placed_at > now() - interval '7 days';
CREATE MATERIALIZED VIEW mv AS SELECT customer_id, sum(total) AS s FROM orders GROUP BY customer_id;
