CREATE TABLE account (
    id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email varchar(64) NOT NULL,
    note text,
    UNIQUE KEY email_key (email),
    KEY note_prefix (note(20))
) ENGINE=InnoDB COMMENT='people';
CREATE TABLE login (
    account_id int unsigned NOT NULL,
    code char(6) NOT NULL,
    at_hour tinyint,
    UNIQUE KEY code_key (code, account_id),
    CONSTRAINT login_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

DELIMITER //
CREATE PROCEDURE upgrade()
BEGIN
    DECLARE t VARCHAR(64);
    DECLARE width INT;
    IF EXISTS (SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
               AND TABLE_NAME = 'account' AND COLUMN_NAME = 'email' AND IS_NULLABLE = 'NO') THEN
        ALTER TABLE account ADD COLUMN email_was_required int;
    END IF;
    SELECT COLUMN_TYPE INTO t FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account' AND COLUMN_NAME = 'id';
    IF t = 'int(10) unsigned' THEN
        ALTER TABLE account ADD COLUMN id_is_int10_unsigned int;
    END IF;
    SELECT CHARACTER_MAXIMUM_LENGTH INTO width FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account' AND COLUMN_NAME = 'email';
    IF width < 128 THEN
        ALTER TABLE account MODIFY email varchar(128) NOT NULL;
    END IF;
    IF (SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'login' AND COLUMN_NAME = 'at_hour') = 'tinyint' THEN
        ALTER TABLE login MODIFY at_hour smallint;
    END IF;
    IF (SELECT COLUMN_KEY FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'login' AND COLUMN_NAME = 'code') = 'PRI' THEN
        ALTER TABLE login ADD COLUMN code_taken_as_primary int;
    END IF;
    IF (SELECT COLUMN_KEY FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'account' AND COLUMN_NAME = 'email') = 'UNI' THEN
        ALTER TABLE account ADD COLUMN email_is_uni int;
    END IF;
    IF (SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'login' AND COLUMN_NAME = 'at_hour') = 'NULL' THEN
        ALTER TABLE login ADD COLUMN at_hour_default_null int;
    END IF;
    IF (SELECT EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'account' AND COLUMN_NAME = 'id') LIKE '%auto_increment%' THEN
        ALTER TABLE account ADD COLUMN id_auto int;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
                   AND TABLE_NAME = 'login' AND INDEX_NAME = 'at_hour_idx') THEN
        CREATE INDEX at_hour_idx ON login (at_hour);
    END IF;
    IF (SELECT SUB_PART FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'account' AND INDEX_NAME = 'note_prefix') = 20 THEN
        ALTER TABLE account ADD COLUMN note_prefix_20 int;
    END IF;
    IF (SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'login' AND REFERENCED_TABLE_NAME = 'account') = 1 THEN
        ALTER TABLE login ADD COLUMN one_fk_column int;
    END IF;
    IF (SELECT DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'login_account') = 'CASCADE'
       AND (SELECT UNIQUE_CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'login_account') = 'PRIMARY' THEN
        ALTER TABLE login ADD COLUMN cascades int;
    END IF;
    IF (SELECT CONCAT(ENGINE, ':', TABLE_COMMENT) FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account') = 'InnoDB:people' THEN
        ALTER TABLE account ADD COLUMN innodb_people int;
    END IF;
END //
DELIMITER ;

CALL upgrade();
DROP PROCEDURE upgrade;
