CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    tiny TINYINT NOT NULL DEFAULT 0,
    small SMALLINT DEFAULT -5,
    medium MEDIUMINT,
    plain INT NOT NULL DEFAULT 1,
    big BIGINT,
    huge UNSIGNED BIG INT,
    two INT2,
    eight INT8,
    price DECIMAL(12, 2) NOT NULL DEFAULT 0.00,
    rate NUMERIC(5, 4) DEFAULT 0.0125,
    whole NUMERIC,
    ratio REAL DEFAULT 0.5,
    precise DOUBLE DEFAULT -1.5e10,
    dp DOUBLE PRECISION,
    f FLOAT,
    hexval INTEGER DEFAULT 0x1F
);
