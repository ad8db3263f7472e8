CREATE TABLE orders (region TEXT NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (region, number));
CREATE TABLE order_lines (
    region TEXT NOT NULL, number INTEGER NOT NULL, line INTEGER NOT NULL,
    PRIMARY KEY (region, number, line),
    CONSTRAINT fk_order FOREIGN KEY (region, number) REFERENCES orders (region, number)
);
