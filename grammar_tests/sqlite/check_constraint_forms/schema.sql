CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL CHECK (sku GLOB '[A-Z][A-Z][A-Z]-*'),
    price NUMERIC NOT NULL CONSTRAINT price_non_negative CHECK (price >= 0),
    discount_price NUMERIC,
    kind TEXT NOT NULL CHECK (kind IN ('book', 'music', 'film')),
    stock INTEGER NOT NULL DEFAULT 0 CHECK(stock >= 0),
    code TEXT CHECK (length(code) = 8),
    CONSTRAINT discount_below_price CHECK (discount_price IS NULL OR discount_price < price),
    CHECK (sku NOT LIKE '%test%')
);
