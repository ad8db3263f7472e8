CREATE SCHEMA shop;
CREATE TABLE shop.customer (id integer PRIMARY KEY, email text NOT NULL);
SET search_path TO shop, public;
CREATE TYPE state AS ENUM ('open', 'paid');
CREATE SEQUENCE order_seq;
CREATE TABLE purchase (
    id integer PRIMARY KEY DEFAULT nextval('order_seq'),
    customer_id integer NOT NULL REFERENCES customer (id),
    status state NOT NULL
);
ALTER TABLE customer ADD COLUMN nickname varchar(40);
CREATE INDEX customer_email_idx ON customer (email);
CREATE INDEX purchase_status_idx ON purchase (status);
DROP INDEX purchase_status_idx;
CREATE VIEW open_purchase AS SELECT p.id, c.email FROM purchase p JOIN customer c ON c.id = p.customer_id;
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE TABLE note (id integer PRIMARY KEY, body text);
