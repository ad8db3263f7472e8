-- liquibase formatted sql

-- changeset ann:1
CREATE TABLE customers (
    id int AUTO_INCREMENT PRIMARY KEY,
    name varchar(80) NOT NULL,
    updated_at datetime NULL
) ENGINE=InnoDB;
-- rollback DROP TABLE customers;

-- changeset ann:2 dbms:postgresql
CREATE TABLE customers_pg (id serial PRIMARY KEY, tags text[]);

-- changeset ann:3 dbms:mariadb
CREATE TABLE customer_notes (
    id int AUTO_INCREMENT PRIMARY KEY,
    customer_id int NOT NULL,
    note text,
    CONSTRAINT fk_note_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;

-- changeset ann:4 dbms:!mysql
CREATE TABLE not_on_mysql (id int PRIMARY KEY);
