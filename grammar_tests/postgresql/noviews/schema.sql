CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL);
CREATE VIEW product_names AS SELECT name FROM products;
