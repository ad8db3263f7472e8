-- Sequences named as the server names keys: while one exists, a new key
-- takes the next free name (_pkey1).
CREATE TABLE tickets (id integer PRIMARY KEY, title text);
CREATE SEQUENCE tickets2_pkey;
ALTER TABLE tickets ADD COLUMN number integer DEFAULT nextval('tickets2_pkey');
ALTER SEQUENCE tickets2_pkey OWNED BY tickets.number;
-- the sequence goes with the column: its name is free again
ALTER TABLE tickets DROP COLUMN number;
CREATE TABLE tickets2 (id integer PRIMARY KEY);

CREATE TABLE invoices (id integer PRIMARY KEY, number integer);
CREATE SEQUENCE invoices2_pkey START 100 OWNED BY invoices.number;
DROP TABLE invoices;
CREATE TABLE invoices2 (id integer PRIMARY KEY);

CREATE TABLE kept (id integer PRIMARY KEY);
CREATE SEQUENCE kept2_pkey;
ALTER SEQUENCE IF EXISTS kept2_pkey INCREMENT BY 2 OWNED BY kept.id;
ALTER SEQUENCE kept2_pkey OWNED BY NONE;
ALTER SEQUENCE IF EXISTS missing_numbers OWNED BY kept.id;
DROP TABLE kept;
-- not owned any more: still there
CREATE TABLE kept2 (id integer PRIMARY KEY);

-- ownership follows a column rename
CREATE TABLE orders (id integer PRIMARY KEY, code integer);
CREATE SEQUENCE orders2_pkey OWNED BY orders.code;
ALTER TABLE orders RENAME COLUMN code TO order_code;
ALTER TABLE orders DROP COLUMN order_code;
CREATE TABLE orders2 (id integer PRIMARY KEY);
