CREATE TABLE IF NOT EXISTS links (
    id BIGSERIAL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    url TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS link_flags (
    link_id BIGINT NOT NULL REFERENCES links (id),
    reason TEXT NOT NULL
);
