-- +goose Up
CREATE TABLE stock_moves (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    product_id INT UNSIGNED NOT NULL,
    delta INT NOT NULL,
    moved_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT stock_moves_product_fk FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE products ADD COLUMN on_hand INT NOT NULL DEFAULT 0;

-- +goose StatementBegin
CREATE TRIGGER stock_moves_after_insert AFTER INSERT ON stock_moves
FOR EACH ROW
BEGIN
    UPDATE products SET on_hand = on_hand + NEW.delta WHERE id = NEW.product_id;
    IF NEW.delta < 0 THEN
        UPDATE products SET on_hand = GREATEST(on_hand, 0) WHERE id = NEW.product_id;
    END IF;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER stock_moves_after_insert;
ALTER TABLE products DROP COLUMN on_hand;
DROP TABLE stock_moves;
