CREATE SCHEMA reporting;
CREATE TABLE accounts (id int PRIMARY KEY, name varchar(40) NOT NULL, balance numeric(9, 2));
CREATE VIEW reporting.account_view AS SELECT id, name, balance FROM accounts WHERE balance > 0;
CREATE TYPE address AS (street text, city varchar(30) COLLATE "C", zip char(5));

CREATE TABLE reporting.snapshot (LIKE reporting.account_view INCLUDING ALL, taken date NOT NULL);
CREATE TABLE shipping (id int PRIMARY KEY, LIKE address);
