CREATE TABLE IF NOT EXISTS accounts (
    id BIGSERIAL PRIMARY KEY,
    handle VARCHAR(40) NOT NULL,
    karma INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT accounts_handle_key UNIQUE (handle)
);
