CREATE TABLE stores (
    id INTEGER PRIMARY KEY AUTO_INCREMENT,
    city VARCHAR(80) NOT NULL,
    opened_on DATE
);

CREATE TABLE store_hours (
    store_id INTEGER NOT NULL,
    weekday TINYINT NOT NULL,
    opens TIME NOT NULL,
    closes TIME NOT NULL,
    PRIMARY KEY (store_id, weekday),
    FOREIGN KEY (store_id) REFERENCES stores (id)
);
