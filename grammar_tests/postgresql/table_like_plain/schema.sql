CREATE DOMAIN percent AS smallint CHECK (VALUE BETWEEN 0 AND 100);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    ref varchar(12) NOT NULL UNIQUE,
    label text COLLATE "C" DEFAULT 'none',
    amount numeric(8, 3) NOT NULL DEFAULT 0 CHECK (amount >= 0),
    discount percent,
    lines integer[][],
    seq bigint GENERATED ALWAYS AS IDENTITY,
    doubled numeric GENERATED ALWAYS AS (amount * 2) STORED
);
COMMENT ON COLUMN orders.ref IS 'external reference';
CREATE INDEX ON orders (label);

CREATE TABLE orders_archive (LIKE orders);
