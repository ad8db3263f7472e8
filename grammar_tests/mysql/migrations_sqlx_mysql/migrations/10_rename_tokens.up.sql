RENAME TABLE api_tokens TO access_tokens;
ALTER TABLE access_tokens CHANGE COLUMN created_at issued_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE access_tokens ADD COLUMN expires_at DATETIME NULL;
