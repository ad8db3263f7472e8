CREATE TABLE IF NOT EXISTS logs (
  ts datetime NOT NULL,
  level enum('debug','info','warn') NOT NULL DEFAULT 'info',
  msg varchar(255) NOT NULL DEFAULT '',
  host varchar(64),
  KEY idx_host (host(10)),
  FULLTEXT KEY ft_msg (msg)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE TABLE products (
  id mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  sku varchar(32) CHARACTER SET ascii NOT NULL,
  name varchar(100) NOT NULL,
  price decimal(8,2) unsigned NOT NULL DEFAULT 0.00,
  weight float(6,2) DEFAULT NULL,
  status enum('draft','live') NOT NULL DEFAULT 'draft',
  tags set('new','sale','hot') DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  updated_at timestamp NULL DEFAULT NULL ON UPDATE current_timestamp(),
  PRIMARY KEY (id),
  UNIQUE KEY uk_sku (sku),
  KEY idx_name_price (name, price)
) ENGINE=InnoDB AUTO_INCREMENT=100 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE categories (id int PRIMARY KEY, parent_id int, name varchar(50) NOT NULL, FOREIGN KEY (parent_id) REFERENCES categories(id));
CREATE TABLE product_categories (product_id mediumint(8) unsigned NOT NULL, category_id int NOT NULL, PRIMARY KEY (product_id, category_id), FOREIGN KEY (product_id) REFERENCES products (id), FOREIGN KEY (category_id) REFERENCES categories (id));
CREATE TABLE temp (x int);
DROP TABLE temp;
CREATE TABLE kv (`key` varchar(50) NOT NULL PRIMARY KEY, `value` text, `from` int, `import` int DEFAULT NULL, metadata json);
CREATE VIEW live_products AS SELECT p.id, p.name, p.price * 2 AS double_price, count(*) AS n FROM products p WHERE p.status = 'live' GROUP BY p.id;
