--liquibase formatted sql

--changeset ben:5 splitStatements:false
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers
FOR EACH ROW
BEGIN
    SET NEW.updated_at = NOW();
    SET NEW.name = TRIM(NEW.name);
END;
--rollback DROP TRIGGER customers_touch;

--changeset ben:6
ALTER TABLE customers ADD COLUMN email varchar(120) NULL;
CREATE INDEX ix_customers_email ON customers (email);
/* liquibase rollback
ALTER TABLE customers DROP COLUMN email;
*/
--ignoreLines:start
ALTER TABLE customers DROP COLUMN name;
--ignoreLines:end

--changeset ben:7 ignore:true
DROP TABLE customer_notes;
