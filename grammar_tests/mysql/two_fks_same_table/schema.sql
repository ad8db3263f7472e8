CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE TABLE transfers (
    id INT PRIMARY KEY,
    from_account_id INT NOT NULL,
    to_account_id INT NOT NULL,
    amount DECIMAL(12,2) NOT NULL,
    FOREIGN KEY (from_account_id) REFERENCES accounts (id),
    FOREIGN KEY (to_account_id) REFERENCES accounts (id),
    CHECK (amount > 0)
);
