CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
    referrer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    approver_id INTEGER,
    auditor_id INTEGER,
    CONSTRAINT fk_orders_approver FOREIGN KEY (approver_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_orders_auditor FOREIGN KEY (auditor_id) REFERENCES customers (id) ON UPDATE SET DEFAULT DEFERRABLE INITIALLY DEFERRED
);
