-- +goose Up
RENAME TABLE products TO catalog_items;
ALTER TABLE catalog_items CHANGE COLUMN title name VARCHAR(250) NOT NULL;
ALTER TABLE stock_moves RENAME COLUMN product_id TO item_id;
ALTER TABLE catalog_items DROP COLUMN legacy_code;

-- +goose Down
ALTER TABLE catalog_items ADD COLUMN legacy_code CHAR(8) NULL;
ALTER TABLE stock_moves RENAME COLUMN item_id TO product_id;
ALTER TABLE catalog_items CHANGE COLUMN name title VARCHAR(200) NOT NULL;
RENAME TABLE catalog_items TO products;
