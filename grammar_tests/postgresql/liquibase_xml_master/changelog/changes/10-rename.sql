-- liquibase formatted sql

-- changeset carol:rename-1
ALTER TABLE accounts RENAME COLUMN name TO full_name;
-- rollback ALTER TABLE accounts RENAME COLUMN full_name TO name;
