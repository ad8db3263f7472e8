CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL);
CREATE TABLE transfers (
    id integer PRIMARY KEY,
    from_account_id integer NOT NULL REFERENCES accounts (id),
    to_account_id integer NOT NULL REFERENCES accounts (id),
    amount numeric(12, 2) NOT NULL CHECK (amount > 0)
);
