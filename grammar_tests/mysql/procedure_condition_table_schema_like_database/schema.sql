CREATE TABLE widget (id int NOT NULL PRIMARY KEY, kind_id tinyint unsigned NOT NULL) ENGINE=InnoDB;

DELIMITER $$
CREATE PROCEDURE add_widget_kind()
BEGIN
    DECLARE found TINYINT;
    SELECT COUNT(table_name) FROM information_schema.tables
        WHERE table_schema LIKE database() AND table_name = 'widget_kind' INTO found;
    IF found = 0 THEN
        CREATE TABLE widget_kind (id tinyint unsigned NOT NULL PRIMARY KEY, label varchar(20) NOT NULL) ENGINE=InnoDB;
        ALTER TABLE widget ADD CONSTRAINT fk_widget_kind FOREIGN KEY (kind_id) REFERENCES widget_kind (id);
    END IF;
END $$

CREATE PROCEDURE tag_columns()
BEGIN
    DECLARE n INT;
    SELECT COUNT(*) INTO n FROM information_schema.columns
        WHERE table_schema = DATABASE() AND table_name LIKE 'WIDGET\_%' AND column_name LIKE '%abe_';
    IF n = 1 THEN
        ALTER TABLE widget ADD COLUMN one_label_column int;
    END IF;
    -- The schema named by a literal cannot be known, but no table is named so.
    IF NOT EXISTS (SELECT 1 FROM information_schema.tables
                   WHERE table_schema = 'some_app' AND table_name = 'no_such_table') THEN
        ALTER TABLE widget ADD COLUMN no_such_table_absent int;
    END IF;
    IF (SELECT COUNT(*) FROM information_schema.columns
        WHERE table_name = 'widget' AND column_name = 'id'
           OR table_schema = 'some_app' AND column_name = 'no_such_column') > 0 THEN
        ALTER TABLE widget ADD COLUMN id_found int;
    END IF;
END $$
DELIMITER ;

CALL add_widget_kind();
CALL add_widget_kind();
CALL tag_columns();
DROP PROCEDURE add_widget_kind;
DROP PROCEDURE tag_columns;
