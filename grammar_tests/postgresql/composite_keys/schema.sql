CREATE TABLE orders (
    region char(2) NOT NULL,
    number integer NOT NULL,
    placed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (region, number)
);
CREATE TABLE order_lines (
    region char(2) NOT NULL,
    number integer NOT NULL,
    line smallint NOT NULL,
    sku varchar(20) NOT NULL,
    PRIMARY KEY (region, number, line),
    FOREIGN KEY (region, number) REFERENCES orders (region, number) ON DELETE CASCADE
);
