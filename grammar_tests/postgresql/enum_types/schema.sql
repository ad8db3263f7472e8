CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE orders (
    id serial PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending',
    priority priority DEFAULT 'medium'
);
CREATE TABLE order_history (
    id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id),
    old_status order_status,
    new_status order_status NOT NULL
);
