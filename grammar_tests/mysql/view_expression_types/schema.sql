CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, email TEXT, created DATETIME DEFAULT CURRENT_TIMESTAMP, balance DECIMAL(10,2) DEFAULT 0, active TINYINT(1) NOT NULL DEFAULT 1, score FLOAT, big BIGINT UNSIGNED);
CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, total DECIMAL(12,2) NOT NULL, placed_at DATETIME NOT NULL, status ENUM('new','paid') NOT NULL DEFAULT 'new', meta JSON, FOREIGN KEY (customer_id) REFERENCES customers (id));
CREATE VIEW customer_totals AS
  SELECT c.id, c.name, COUNT(o.id) AS n_orders, SUM(o.total) AS total, MAX(o.placed_at) AS last_order, AVG(o.total) AS avg_total,
         COALESCE(SUM(o.total), 0) AS total0, c.balance * 2 AS double_balance, CASE WHEN COUNT(o.id) > 10 THEN 'gold' ELSE 'std' END AS tier,
         UPPER(c.name) AS uname, CONCAT(c.name, ' <', c.email, '>') AS display, LENGTH(c.name) AS name_len, DATE(c.created) AS created_day,
         YEAR(c.created) AS created_year, IFNULL(c.score, 0) AS score0, GROUP_CONCAT(o.status) AS statuses, 1 AS one, 'x' AS x, NULL AS nothing,
         CAST(c.id AS UNSIGNED) AS uid, ROUND(AVG(o.total), 2) AS rounded, COUNT(*) AS cnt, NOW() AS now_ts, DATEDIFF(NOW(), c.created) AS days,
         c.active AND 1 AS act, IF(c.active, 'y', 'n') AS yn, c.big + 1 AS big1, MIN(o.status) AS min_status, JSON_EXTRACT(MAX(o.meta), '$.k') AS k
  FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id;
CREATE TABLE t (id INT PRIMARY KEY, u INT UNSIGNED NOT NULL, b BIGINT UNSIGNED, s INT NOT NULL, x VARCHAR(5));
CREATE VIEW v AS SELECT u + 1 AS a1, u - 1 AS a2, u * 2 AS a3, u + s AS a4, s - u AS a5, b + u AS a6, s * u AS a7, u > 1 AS c1, x = 'a' AS c2, u AND s AS c3, NOT s AS c4 FROM t;
