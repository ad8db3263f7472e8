CREATE TABLE account (
  uuid CHAR(36) NOT NULL PRIMARY KEY,
  email VARCHAR(100) NOT NULL
);
CREATE TABLE login (
  account_uuid CHAR(36) NOT NULL PRIMARY KEY,
  provider VARCHAR(50) NOT NULL,
  FOREIGN KEY (account_uuid) REFERENCES account (uuid)
);

-- Drop the foreign key if it exists, then add it back with actions.
SET @drop_fk = IF((SELECT true FROM information_schema.TABLE_CONSTRAINTS WHERE
    CONSTRAINT_SCHEMA = DATABASE() AND
    TABLE_NAME = 'login' AND
    CONSTRAINT_NAME = 'login_ibfk_1' AND
    CONSTRAINT_TYPE = 'FOREIGN KEY') = true,
    'ALTER TABLE login DROP FOREIGN KEY login_ibfk_1',
    'SELECT 1');
PREPARE stmt FROM @drop_fk;
EXECUTE stmt;
DEALLOCATE PREPARE stmt;
ALTER TABLE login ADD FOREIGN KEY (account_uuid) REFERENCES account (uuid) ON UPDATE CASCADE ON DELETE CASCADE;

-- Add a column only if it is missing (run twice: the second time does nothing).
SELECT COUNT(*) INTO @has_col FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account' AND COLUMN_NAME = 'created_at';
SET @sql := IF(@has_col = 0, 'ALTER TABLE account ADD COLUMN created_at DATETIME NULL', 'SELECT 1');
PREPARE add_col FROM @sql;
EXECUTE add_col;
DROP PREPARE add_col;
SELECT COUNT(*) INTO @has_col FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account' AND COLUMN_NAME = 'created_at';
SET @sql := IF(@has_col = 0, 'ALTER TABLE account ADD COLUMN created_at DATETIME NULL', 'SELECT 1');
PREPARE add_col FROM @sql;
EXECUTE add_col;
DEALLOCATE PREPARE add_col;

-- Create an index only if no index of that name exists.
SET @idx = (SELECT IF(COUNT(*) > 0, 'SELECT 1', CONCAT('CREATE INDEX ix_provider ON ', 'login', ' (provider)'))
  FROM information_schema.STATISTICS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login' AND INDEX_NAME = 'ix_provider');
PREPARE make_idx FROM @idx;
EXECUTE make_idx;
DEALLOCATE PREPARE make_idx;

-- A table that does not exist yet, and a key column lookup.
SET @t = IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'audit'),
  'SELECT 1', 'CREATE TABLE audit (id INT NOT NULL PRIMARY KEY, note VARCHAR(20))');
PREPARE make_audit FROM @t;
EXECUTE make_audit;
SET @k = (SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'login' AND REFERENCED_TABLE_NAME = 'account');
SET @s = IF(@k = 1, 'ALTER TABLE audit ADD COLUMN one_fk TINYINT(1) NOT NULL DEFAULT 1', 'SELECT 1');
PREPARE s FROM @s;
EXECUTE s;
PREPARE literal FROM 'ALTER TABLE audit ADD COLUMN from_literal INT NULL';
EXECUTE literal;

-- Lower-case names, SELECT *, SCHEMA(), a DO no-op branch.
SET @t2 := (SELECT IF(EXISTS(SELECT * FROM information_schema.tables WHERE table_schema = SCHEMA() AND table_name = 'audit'),
  'DO 0', 'CREATE TABLE audit_again (id INT PRIMARY KEY)'));
PREPARE stmt FROM @t2; EXECUTE stmt; DEALLOCATE PREPARE stmt;
DO 0;
