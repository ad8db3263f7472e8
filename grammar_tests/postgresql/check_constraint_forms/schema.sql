CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL CHECK (sku ~ '^[A-Z]{3}-[0-9]+$'),
    price numeric(10, 2) NOT NULL CONSTRAINT price_non_negative CHECK (price >= 0),
    discount_price numeric(10, 2),
    kind varchar(10) NOT NULL CHECK (kind IN ('book', 'music', 'film')),
    stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
    released date,
    CONSTRAINT discount_below_price CHECK (discount_price IS NULL OR discount_price < price),
    CHECK (released > '2000-01-01')
);
