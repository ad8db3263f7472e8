CREATE TABLE orders (region CHAR(2) NOT NULL, number INT NOT NULL, PRIMARY KEY (region, number));
CREATE TABLE order_lines (
    region CHAR(2) NOT NULL, number INT NOT NULL, line SMALLINT NOT NULL,
    PRIMARY KEY (region, number, line),
    CONSTRAINT fk_lines_order FOREIGN KEY (region, number) REFERENCES orders (region, number) ON DELETE CASCADE
);
