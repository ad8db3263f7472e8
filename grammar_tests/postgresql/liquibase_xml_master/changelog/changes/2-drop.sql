-- liquibase formatted sql

-- changeset carol:drop-1
ALTER TABLE accounts DROP COLUMN legacy_code;
ALTER TABLE accounts ALTER COLUMN full_name TYPE varchar(150);
-- rollback ALTER TABLE accounts ADD COLUMN legacy_code char(4);
