ALTER TABLE customers ADD COLUMN email VARCHAR(255);
CREATE UNIQUE INDEX customers_email_uq ON customers (lower(email));
