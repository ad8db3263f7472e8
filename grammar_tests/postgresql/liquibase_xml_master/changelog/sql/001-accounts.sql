-- liquibase formatted sql
CREATE TABLE before_first_changeset (id int);

-- changeset alice:accounts-1
-- comment: accounts of the shop
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    legacy_code char(4)
);
-- rollback DROP TABLE accounts;

-- changeset alice:accounts-2 dbms:h2
CREATE TABLE h2_only (id int PRIMARY KEY);

-- changeset alice:accounts-3
ALTER TABLE accounts ADD COLUMN email varchar(200);
/* liquibase rollback
ALTER TABLE accounts DROP COLUMN email;
CREATE TABLE rollback_leftover (id int PRIMARY KEY);
*/
