-- Deploy inventory:suppliers to mysql

BEGIN;

CREATE TABLE suppliers (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    country CHAR(2) NOT NULL DEFAULT 'DE'
) ENGINE=InnoDB;

COMMIT;
