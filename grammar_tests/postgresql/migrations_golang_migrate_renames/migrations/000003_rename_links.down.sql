CREATE TABLE link_flags (link_id BIGINT NOT NULL REFERENCES submissions (id), reason TEXT NOT NULL);
ALTER TABLE submissions ALTER COLUMN submitted_at TYPE TIMESTAMP;
ALTER TABLE submissions RENAME COLUMN target_url TO url;
ALTER TABLE submissions RENAME TO links;
