ALTER TABLE customers RENAME TO clients;
ALTER TABLE clients RENAME COLUMN name TO company_name;
ALTER TABLE clients DROP COLUMN fax;
ALTER TABLE orders RENAME COLUMN customer_id TO client_id;
ALTER TABLE orders ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'new';
