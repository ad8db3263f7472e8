CREATE SCHEMA inventory;
CREATE TYPE inventory.unit AS ENUM ('piece', 'kg', 'litre');
CREATE TABLE inventory.warehouses (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE inventory.stock (
    warehouse_id integer NOT NULL REFERENCES inventory.warehouses (id) ON DELETE CASCADE,
    sku text NOT NULL,
    quantity numeric(12, 3) NOT NULL DEFAULT 0,
    unit inventory.unit NOT NULL DEFAULT 'piece',
    PRIMARY KEY (warehouse_id, sku)
);
COMMENT ON TABLE inventory.stock IS 'Stock levels per warehouse';
CREATE INDEX stock_sku_idx ON inventory.stock (sku);
