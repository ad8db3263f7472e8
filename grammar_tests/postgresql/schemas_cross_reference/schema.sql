CREATE SCHEMA billing;
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE billing.invoices (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    total numeric(10, 2) NOT NULL DEFAULT 0
);
