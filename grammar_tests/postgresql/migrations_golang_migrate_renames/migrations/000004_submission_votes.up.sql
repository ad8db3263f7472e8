CREATE TABLE votes (
    submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    value SMALLINT NOT NULL CHECK (value IN (-1, 1)),
    PRIMARY KEY (submission_id, account_id)
);
CREATE INDEX submissions_account_id_idx ON submissions (account_id);
