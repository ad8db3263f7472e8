CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_products AS SELECT id, name, price FROM products WHERE active;
