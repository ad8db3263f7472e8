-- +goose NO TRANSACTION
-- +goose Up
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'pending';
CREATE INDEX CONCURRENTLY orders_customer_status_idx ON orders (customer_id, status);

-- +goose Down
DROP INDEX CONCURRENTLY orders_customer_status_idx;
ALTER TABLE orders DROP COLUMN status;
DROP TYPE order_status;
DROP TABLE customers CASCADE;
