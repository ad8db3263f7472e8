CREATE TABLE account (id INT NOT NULL PRIMARY KEY);
SET @table_ddl = 'CREATE TABLE from_first_file (id INT)';
PREPARE first_file FROM 'CREATE TABLE prepared_in_first (id INT)';

DELIMITER //
CREATE PROCEDURE add_flag(IN flag VARCHAR(64))
BEGIN
  SET @ddl = CONCAT('ALTER TABLE account ADD COLUMN ', flag, ' TINYINT(1) NOT NULL DEFAULT 0');
  PREPARE stmt FROM @ddl;
  EXECUTE stmt;
  DEALLOCATE PREPARE stmt;
END //
DELIMITER ;
