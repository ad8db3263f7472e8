-- Deploy inventory:parts to mysql
-- requires: suppliers

BEGIN;

CREATE TABLE parts (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id INT UNSIGNED NOT NULL,
    part_no VARCHAR(30) NOT NULL,
    unit_price DECIMAL(9,2) NOT NULL,
    in_stock INT NOT NULL DEFAULT 0,
    obsolete TINYINT(1) NOT NULL DEFAULT 0,
    UNIQUE KEY parts_supplier_part_no (supplier_id, part_no),
    CONSTRAINT parts_supplier_fk FOREIGN KEY (supplier_id) REFERENCES suppliers (id)
) ENGINE=InnoDB;

COMMIT;
