RENAME TABLE events TO concerts;
ALTER TABLE concerts CHANGE COLUMN title headliner VARCHAR(200) NOT NULL;
ALTER TABLE concerts DROP COLUMN venue;
ALTER TABLE tickets RENAME COLUMN event_id TO concert_id;
ALTER TABLE tickets ADD INDEX tickets_holder_email_idx (holder_email);
