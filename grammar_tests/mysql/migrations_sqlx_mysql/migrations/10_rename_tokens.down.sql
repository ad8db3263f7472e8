ALTER TABLE access_tokens DROP COLUMN expires_at;
ALTER TABLE access_tokens CHANGE COLUMN issued_at created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
RENAME TABLE access_tokens TO api_tokens;
