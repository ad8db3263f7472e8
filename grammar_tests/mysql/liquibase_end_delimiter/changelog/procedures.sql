CREATE PROCEDURE make_stock()
BEGIN
    CREATE TABLE stock (
        item_id int NOT NULL PRIMARY KEY,
        amount int NOT NULL DEFAULT 0,
        CONSTRAINT fk_stock_item FOREIGN KEY (item_id) REFERENCES items (id)
    ) ENGINE=InnoDB;
END//
CALL make_stock()//
DROP PROCEDURE make_stock//
