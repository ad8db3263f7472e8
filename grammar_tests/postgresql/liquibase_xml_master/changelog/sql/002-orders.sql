--liquibase formatted sql

--changeset bob:orders-1
CREATE TABLE orders (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    total numeric(10, 2) NOT NULL
);
--rollback DROP TABLE orders;

--changeset bob:orders-2 ignore:true
DROP TABLE orders;
