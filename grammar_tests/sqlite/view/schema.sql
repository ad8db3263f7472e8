CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL);
CREATE VIEW cheap_products AS SELECT id, name FROM products WHERE price < 10;
