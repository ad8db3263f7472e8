ALTER TABLE entries DROP COLUMN fetched_at;
ALTER TABLE sources ADD COLUMN etag TEXT;
ALTER TABLE sources RENAME COLUMN feed_url TO url;
ALTER TABLE sources RENAME TO feeds;
DROP TABLE entries;
