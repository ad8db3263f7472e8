-- Deploy shop:orders to sqlite
-- requires: customers

BEGIN;

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    placed_at TEXT NOT NULL DEFAULT (datetime('now')),
    shipped_at TEXT,
    total NUMERIC(10, 2) NOT NULL
);

COMMIT;
