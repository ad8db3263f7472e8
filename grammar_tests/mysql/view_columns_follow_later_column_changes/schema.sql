CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL DEFAULT 'x', price DECIMAL(5,2), code CHAR(3));
CREATE VIEW all_items AS SELECT * FROM items;
CREATE VIEW item_labels AS SELECT id, CONCAT(name, '!') AS label, price * 2 AS double_price FROM items;
CREATE VIEW item_words AS SELECT name FROM items UNION SELECT code FROM items;
CREATE VIEW label_prices AS SELECT label, double_price FROM item_labels;
CREATE VIEW item_pairs (item_id, item_name) AS SELECT id, name FROM items;

ALTER TABLE items MODIFY name VARCHAR(100) NULL DEFAULT 'y';
ALTER TABLE items MODIFY price DECIMAL(12,4) NOT NULL DEFAULT 1;
ALTER TABLE items ADD COLUMN added INT FIRST;
ALTER TABLE items MODIFY code VARCHAR(50);
