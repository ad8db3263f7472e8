-- +goose Up
ALTER TABLE users RENAME TO customers;
ALTER TABLE customers RENAME COLUMN full_name TO display_name;
ALTER TABLE orders RENAME COLUMN user_id TO customer_id;
DROP TABLE sessions;

-- +goose Down
CREATE TABLE sessions (
    token TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES customers (id),
    expires_at TIMESTAMPTZ NOT NULL
);
ALTER TABLE orders RENAME COLUMN customer_id TO user_id;
ALTER TABLE customers RENAME COLUMN display_name TO full_name;
ALTER TABLE customers RENAME TO users;
