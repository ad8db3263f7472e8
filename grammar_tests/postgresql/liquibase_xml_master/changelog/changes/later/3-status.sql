-- liquibase formatted sql

-- changeset dave:status-1
CREATE TYPE order_status AS ENUM ('open', 'paid');
ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'open';
