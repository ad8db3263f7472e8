CREATE TABLE customer (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE purchase (id INT NOT NULL PRIMARY KEY, customer_id INT NOT NULL);

DELIMITER $$

DROP PROCEDURE IF EXISTS add_column_if_missing $$
CREATE PROCEDURE add_column_if_missing(IN tbl VARCHAR(64), IN col VARCHAR(64), IN def TEXT)
BEGIN
  DECLARE found INT DEFAULT 0;
  SELECT COUNT(*) INTO found FROM information_schema.COLUMNS
   WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = tbl AND COLUMN_NAME = col;
  IF found = 0 THEN
    SET @ddl = CONCAT('ALTER TABLE `', tbl, '` ADD COLUMN `', col, '` ', def);
    PREPARE stmt FROM @ddl;
    EXECUTE stmt;
    DEALLOCATE PREPARE stmt;
  END IF;
END $$

CREATE PROCEDURE link_purchase()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;
  ALTER TABLE purchase ADD CONSTRAINT fk_purchase_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id);
  -- Fails: the name is taken, and the whole ALTER TABLE with it.
  ALTER TABLE purchase ADD COLUMN note TEXT,
    ADD CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
  ALTER TABLE purchase ADD COLUMN total DECIMAL(10,2) NOT NULL DEFAULT 0;
END $$

CREATE PROCEDURE stop_early()
BEGIN
  DECLARE EXIT HANDLER FOR 1146 BEGIN END;
  ALTER TABLE customer ADD COLUMN email VARCHAR(100);
  ALTER TABLE no_such_table ADD COLUMN x INT;
  ALTER TABLE customer ADD COLUMN never_added INT;
END $$

CREATE PROCEDURE count_columns(IN tbl VARCHAR(64), OUT total INT)
BEGIN
  SELECT COUNT(*) INTO total FROM information_schema.COLUMNS
   WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = tbl;
END $$

CREATE PROCEDURE setup_tags()
main: BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.TABLES
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tag') THEN
    LEAVE main;
  ELSEIF (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()) > 10 THEN
    CREATE TABLE too_many (id INT);
  ELSE
    CREATE TABLE tag (id INT NOT NULL PRIMARY KEY);
  END IF;
  CALL add_column_if_missing('tag', 'label', 'VARCHAR(30) NOT NULL');
  CREATE INDEX tag_label ON tag (label);
END $$

CREATE OR REPLACE PROCEDURE stop_early()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN END;
  ALTER TABLE customer ADD COLUMN email VARCHAR(100);
  ALTER TABLE no_such_table ADD COLUMN x INT;
  ALTER TABLE customer ADD COLUMN never_added INT;
END $$

DELIMITER ;

CALL add_column_if_missing('customer', 'created_at', 'DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP');
CALL add_column_if_missing('customer', 'name', 'VARCHAR(99)');
CALL link_purchase();
CALL stop_early();
CALL count_columns('customer', @columns);
SET @extra = IF(@columns = 4, 'ALTER TABLE customer ADD COLUMN four_columns TINYINT(1)', 'DO 0');
PREPARE extra FROM @extra;
EXECUTE extra;
DEALLOCATE PREPARE extra;
CALL setup_tags();
CALL setup_tags;

DROP PROCEDURE add_column_if_missing;
DROP PROCEDURE IF EXISTS link_purchase;
DROP PROCEDURE IF EXISTS never_defined;
