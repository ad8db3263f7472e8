ALTER TABLE links RENAME TO submissions;
ALTER TABLE submissions RENAME COLUMN url TO target_url;
ALTER TABLE submissions ALTER COLUMN submitted_at TYPE TIMESTAMPTZ;
DROP TABLE link_flags;
