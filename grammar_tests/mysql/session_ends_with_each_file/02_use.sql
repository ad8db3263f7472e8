SET @ddl = IFNULL(@table_ddl, 'CREATE TABLE from_second_file (id INT)');
PREPARE stmt FROM @ddl;
EXECUTE stmt;
DEALLOCATE PREPARE stmt;
CALL add_flag('is_active');
DROP PROCEDURE add_flag;
