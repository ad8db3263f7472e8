-- +goose NO TRANSACTION
-- +goose Up
CREATE TABLE warehouses (
    id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(8) NOT NULL UNIQUE
) ENGINE=InnoDB;

ALTER TABLE stock_moves
    ADD COLUMN warehouse_id SMALLINT UNSIGNED NULL AFTER item_id,
    ADD CONSTRAINT stock_moves_warehouse_fk FOREIGN KEY (warehouse_id) REFERENCES warehouses (id);

-- +goose Down
ALTER TABLE stock_moves DROP FOREIGN KEY stock_moves_warehouse_fk, DROP COLUMN warehouse_id;
DROP TABLE warehouses;
DROP TABLE stock_moves;
